package io.ofa4j.modality.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * FLAC decoding through jFLAC: frames are decoded one by one into jFLAC's interleaved
 * little-endian PCM bytes (8-bit as unsigned, like WAV) and scaled to [-1, 1).
 */
final class FlacReader {
  private FlacReader() {}

  /** Whether the bytes start with the FLAC stream marker {@code fLaC}. */
  static boolean looksLikeFlac(byte[] b) {
    return b.length >= 4 && b[0] == 'f' && b[1] == 'L' && b[2] == 'a' && b[3] == 'C';
  }

  /** Decodes a whole FLAC file held in memory; {@code name} is used in error messages. */
  static PcmAudio decode(byte[] bytes, String name) {
    FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(bytes));
    List<String> errors = new ArrayList<>();
    // jFLAC reports CRC mismatches and bad subframes to listeners instead of throwing
    decoder.addFrameListener(new FrameListener() {
      @Override
      public void processMetadata(Metadata metadata) {}

      @Override
      public void processFrame(Frame frame) {}

      @Override
      public void processError(String msg) {
        errors.add(msg);
      }
    });
    StreamInfo info;
    try {
      decoder.readMetadata();
      info = decoder.getStreamInfo();
    } catch (IOException | RuntimeException e) {
      throw new AudioFormatException(name + ": corrupt FLAC metadata: " + e, e);
    }
    if (info == null) {
      throw new AudioFormatException(name + ": FLAC stream has no STREAMINFO block");
    }
    int channels = info.getChannels();
    int bits = info.getBitsPerSample();
    int bps = (bits + 7) / 8;
    if (channels <= 0 || info.getSampleRate() <= 0 || bps < 1 || bps > 4) {
      throw new AudioFormatException(name + ": invalid FLAC STREAMINFO: channels " + channels
          + ", sample rate " + info.getSampleRate() + ", bits " + bits);
    }
    SampleSink sink = new SampleSink(channels, bps, bits);
    ByteData pcm = null;
    try {
      while (true) {
        Frame frame = decoder.readNextFrame();
        if (frame == null) {
          break;
        }
        pcm = decoder.decodeFrame(frame, pcm);
        sink.append(pcm.getData(), pcm.getLen());
      }
    } catch (IOException | RuntimeException e) {
      throw new AudioFormatException(name + ": corrupt or truncated FLAC after " + sink.frames() + " samples: " + e, e);
    }
    long expected = info.getTotalSamples();
    boolean missing = expected > 0 && sink.frames() < expected;
    if (missing || decoder.getBadFrames() > 0 || !errors.isEmpty()) {
      throw new AudioFormatException(name + ": corrupt or truncated FLAC: STREAMINFO declares "
          + (expected > 0 ? expected : "?") + " samples, decoded " + sink.frames() + ", "
          + Math.max(errors.size(), decoder.getBadFrames()) + " bad frame(s)"
          + (errors.isEmpty() ? "" : ", first error: " + errors.get(0).strip()));
    }
    if (sink.frames() == 0) {
      throw new AudioFormatException(name + ": empty audio (0 samples in the FLAC stream)");
    }
    return new PcmAudio(sink.channels(), info.getSampleRate());
  }

  /** Collects interleaved little-endian PCM bytes as per-channel floats. */
  private static final class SampleSink {
    private final int channels;
    private final int bps;
    private final float scale;
    private float[][] data;
    private int frames;

    SampleSink(int channels, int bps, int bits) {
      this.channels = channels;
      this.bps = bps;
      this.scale = (float) (1.0 / (1L << (bps * 8 - 1)));
      this.data = new float[channels][4096];
    }

    void append(byte[] b, int len) {
      int n = len / (bps * channels);
      if (frames + n > data[0].length) {
        int cap = Math.max(frames + n, data[0].length * 2);
        for (int c = 0; c < channels; c++) {
          data[c] = Arrays.copyOf(data[c], cap);
        }
      }
      int p = 0;
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < channels; c++, p += bps) {
          data[c][frames + i] = sample(b, p) * scale;
        }
      }
      frames += n;
    }

    private int sample(byte[] b, int p) {
      if (bps == 1) {
        return (b[p] & 0xFF) - 128;
      }
      int v = 0;
      for (int k = 0; k < bps - 1; k++) {
        v |= (b[p + k] & 0xFF) << (8 * k);
      }
      return v | b[p + bps - 1] << (8 * (bps - 1)); // top byte carries the sign
    }

    int frames() {
      return frames;
    }

    float[][] channels() {
      float[][] out = new float[channels][];
      for (int c = 0; c < channels; c++) {
        out[c] = Arrays.copyOf(data[c], frames);
      }
      return out;
    }
  }
}
