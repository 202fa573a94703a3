package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioReaderTest {

  @ParameterizedTest
  @CsvSource({"8,false,0.01", "16,false,1e-4", "24,false,1e-6", "32,false,1e-8", "32,true,1e-7"})
  void readsEveryPcmLayoutAndChannelCount(int bits, boolean isFloat, double tol) {
    float[] a = TestWavs.sine(440, 0.5, 8000, 800);
    float[] b = TestWavs.sine(100, -0.25, 8000, 800);
    float[] c = TestWavs.sine(50, 0.75, 8000, 800);
    PcmAudio audio = AudioReader.decode(TestWavs.wav(new float[][] {a, b, c}, 8000, bits, isFloat), "t.wav");
    assertThat(audio.sampleRate()).isEqualTo(8000);
    assertThat(audio.numChannels()).isEqualTo(3);
    assertThat(audio.numSamples()).isEqualTo(800);
    for (int i = 0; i < 800; i++) {
      assertThat((double) audio.channels()[0][i]).isCloseTo(a[i], Offset.offset(tol));
      assertThat((double) audio.channels()[2][i]).isCloseTo(c[i], Offset.offset(tol));
    }
    float[] mono = audio.toMono();
    assertThat((double) mono[10]).isCloseTo((a[10] + b[10] + c[10]) / 3.0, Offset.offset(3 * tol));
  }

  @Test
  void flacDecodesToTheSameSamplesAsItsWavTwin() throws IOException {
    PcmAudio flac = AudioReader.decode(resource("stereo_22k.flac"), "stereo_22k.flac");
    PcmAudio wav = AudioReader.decode(resource("stereo_22k.wav"), "stereo_22k.wav");
    assertThat(flac.sampleRate()).isEqualTo(22050);
    assertThat(flac.numChannels()).isEqualTo(2);
    assertThat(flac.numSamples()).isEqualTo(wav.numSamples()).isEqualTo(11025);
    assertThat(flac.channels()[0]).containsExactly(wav.channels()[0]);
    assertThat(flac.channels()[1]).containsExactly(wav.channels()[1]);
    assertThat(max(flac.channels()[1])).isGreaterThan(0.1f);
  }

  @Test
  void flac24BitMatchesItsExtensibleWavTwin() throws IOException {
    PcmAudio flac = AudioReader.decode(resource("mono_48k_24bit.flac"), "mono_48k_24bit.flac");
    PcmAudio wav = AudioReader.decode(resource("mono_48k_24bit.wav"), "mono_48k_24bit.wav");
    assertThat(flac.sampleRate()).isEqualTo(48000);
    assertThat(flac.numSamples()).isEqualTo(12000);
    assertThat(flac.channels()[0]).containsExactly(wav.channels()[0]);
    assertThat(KaiserSincResamplerTest.amplitudeAt(flac.channels()[0], 48000, 1000))
        .isCloseTo(0.75, Offset.offset(0.01));
  }

  @Test
  void skipsUnknownOddSizedChunksAndAcceptsStreamingSize() {
    byte[] w = TestWavs.wav(new float[][] {TestWavs.sine(100, 0.5, 8000, 80)}, 8000, 16, false);
    // insert a 3-byte 'junk' chunk (+1 pad byte) between 'fmt ' and 'data'
    byte[] junk = {'j', 'u', 'n', 'k', 3, 0, 0, 0, 1, 2, 3, 0};
    byte[] out = new byte[w.length + junk.length];
    System.arraycopy(w, 0, out, 0, 36);
    System.arraycopy(junk, 0, out, 36, junk.length);
    System.arraycopy(w, 36, out, 36 + junk.length, w.length - 36);
    assertThat(AudioReader.decode(out, "j.wav").channels()[0]).containsExactly(AudioReader.decode(w, "w.wav").channels()[0]);
    byte[] streaming = w.clone();
    Arrays.fill(streaming, 40, 44, (byte) 0xFF); // data size unknown, as ffmpeg writes to a pipe
    assertThat(AudioReader.decode(streaming, "s.wav").numSamples()).isEqualTo(80);
  }

  @Test
  void truncatedFlacNamesFileAndFrame() throws IOException {
    byte[] all = resource("stereo_22k.flac");
    byte[] cut = Arrays.copyOf(all, all.length * 9 / 10);
    assertThatThrownBy(() -> AudioReader.decode(cut, "cut.flac"))
        .isInstanceOf(AudioFormatException.class)
        .hasMessageMatching("cut\\.flac: corrupt or truncated FLAC: frame \\d+ at byte \\d+ fails its CRC-16 check");
  }

  @Test
  void corruptFlacFramesAreReported() throws IOException {
    byte[] bad = resource("stereo_22k.flac");
    for (int i = bad.length * 3 / 4; i < bad.length * 3 / 4 + 64; i++) { // audio frames (ffmpeg puts 8 KiB padding first)
      bad[i] ^= 0x5A;
    }
    assertThatThrownBy(() -> AudioReader.decode(bad, "bad.flac"))
        .isInstanceOf(AudioFormatException.class).hasMessageMatching("bad\\.flac: corrupt or truncated FLAC: frame \\d+ at byte \\d+ fails its CRC-16 check");
  }

  @Test
  void truncatedWavNamesDeclaredAndPresentBytes() {
    byte[] w = TestWavs.wav(new float[][] {new float[100]}, 16000, 16, false);
    byte[] cut = Arrays.copyOf(w, 44 + 50);
    assertThatThrownBy(() -> AudioReader.decode(cut, "cut.wav"))
        .isInstanceOf(AudioFormatException.class)
        .hasMessage("cut.wav: truncated: 'data' chunk declares 200 bytes, only 50 present");
  }

  @Test
  void emptyWavAndEmptyFileAreRejected(@TempDir Path dir) throws IOException {
    byte[] w = TestWavs.wav(new float[][] {new float[0]}, 16000, 16, false);
    assertThatThrownBy(() -> AudioReader.decode(w, "e.wav")).hasMessageContaining("e.wav: empty audio (0 samples");
    Path empty = dir.resolve("zero.wav");
    Files.write(empty, new byte[0]);
    assertThatThrownBy(() -> AudioReader.read(empty)).isInstanceOf(AudioFormatException.class)
        .hasMessageContaining("zero.wav: empty file (0 bytes)");
  }

  @Test
  void unsupportedFormatsNameTheValueFound() {
    assertThatThrownBy(() -> AudioReader.decode("ID3\u0004xxxxxxxx".getBytes(), "song.mp3"))
        .hasMessageContaining("song.mp3: unsupported audio format (leading bytes 49443304)");
    byte[] w = TestWavs.wav(new float[][] {new float[10]}, 16000, 16, false);
    w[20] = 2; // ADPCM format tag
    assertThatThrownBy(() -> AudioReader.decode(w, "adpcm.wav")).hasMessageContaining("unsupported WAV format tag 2");
    byte[] w12 = TestWavs.wav(new float[][] {new float[10]}, 16000, 16, false);
    w12[34] = 12;
    assertThatThrownBy(() -> AudioReader.decode(w12, "x.wav")).hasMessageContaining("sample size 12 bits");
  }

  @Test
  void corruptFlacHeaderIsAnAudioFormatException() {
    byte[] junk = new byte[64];
    junk[0] = 'f';
    junk[1] = 'L';
    junk[2] = 'a';
    junk[3] = 'C';
    Arrays.fill(junk, 4, 64, (byte) 0x7f);
    assertThatThrownBy(() -> AudioReader.decode(junk, "junk.flac")).isInstanceOf(AudioFormatException.class)
        .hasMessageContaining("junk.flac");
  }

  private static float max(float[] x) {
    float m = 0;
    for (float v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = AudioReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
