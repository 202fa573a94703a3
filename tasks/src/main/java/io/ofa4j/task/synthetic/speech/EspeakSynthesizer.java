package io.ofa4j.task.synthetic.speech;

import io.ofa4j.modality.audio.AudioReader;
import io.ofa4j.modality.audio.KaiserSincResampler;
import io.ofa4j.modality.audio.PcmAudio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speaks an {@link Utterance} with the {@code espeak-ng} program (Debian package, installed by
 * {@code ./ofa4j setup}) and returns 16 kHz mono samples: eSpeak NG writes 22050 Hz, which the
 * AUDIO modality's windowed-sinc resampler brings to 16 kHz.
 */
public final class EspeakSynthesizer {
  /** Output sample rate. */
  public static final int SAMPLE_RATE = 16_000;

  private final String program;

  /** A synthesizer running {@code espeak-ng} from the PATH. */
  public EspeakSynthesizer() {
    this("espeak-ng");
  }

  /** A synthesizer running the given program. */
  public EspeakSynthesizer(String program) {
    this.program = program;
  }

  /** Whether the program can be started here. */
  public boolean available() {
    try {
      Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The utterance as 16 kHz mono samples in [-1, 1]. */
  public float[] speak(Utterance u) {
    List<String> cmd = List.of(program, "--stdout", "-v", u.voice(), "-s",
        Integer.toString(u.wordsPerMinute()), "-p", Integer.toString(u.pitch()), u.text());
    byte[] wav;
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
      try (InputStream in = p.getInputStream()) {
        wav = in.readAllBytes();
      }
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || wav.length == 0) {
        throw new IllegalStateException("espeak-ng failed for '" + u.text() + "' (voice "
            + u.voice() + "): " + (err.isEmpty() ? "exit " + p.exitValue() : err));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + program
          + " (install it with ./ofa4j setup or apt-get install espeak-ng): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running espeak-ng", e);
    }
    PcmAudio audio = AudioReader.decode(fixStreamedHeader(wav), "espeak-ng:" + u.text());
    return new KaiserSincResampler().resample(audio.toMono(), audio.sampleRate(), SAMPLE_RATE);
  }

  /**
   * eSpeak NG writing to a pipe cannot seek back, so its RIFF and data sizes are placeholders
   * (0xFFFFFFFF or 0); rewrite them from the byte count so a strict WAV reader accepts the file.
   */
  static byte[] fixStreamedHeader(byte[] wav) {
    byte[] out = wav.clone();
    if (out.length < 44 || out[0] != 'R' || out[1] != 'I' || out[2] != 'F' || out[3] != 'F') {
      return out;
    }
    putInt(out, 4, out.length - 8);
    for (int pos = 12; pos + 8 <= out.length; ) {
      int size = (out[pos + 4] & 0xFF) | (out[pos + 5] & 0xFF) << 8 | (out[pos + 6] & 0xFF) << 16
          | (out[pos + 7] & 0xFF) << 24;
      if (out[pos] == 'd' && out[pos + 1] == 'a' && out[pos + 2] == 't' && out[pos + 3] == 'a') {
        putInt(out, pos + 4, out.length - pos - 8);
        break;
      }
      pos += 8 + size + (size & 1);
    }
    return out;
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  /** Writes 16 kHz mono 16-bit PCM WAV. */
  public static void writeWav(float[] samples, Path file) throws IOException {
    Files.write(file, WavBytes.pcm16(samples, SAMPLE_RATE));
  }
}
