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
 *
 * <p>jFLAC misbehaves on corrupt input (huge allocations from metadata length fields, endless
 * decoding), so it only sees what was checked first: metadata reduced to STREAMINFO with the
 * sample count and MD5 blanked, every frame's CRC-8/CRC-16 and its agreement with STREAMINFO
 * verified ({@link FlacFrameCheck}), and no more frames requested than were verified.
 */
final class FlacReader {
  private FlacReader() {}

  /** Whether the bytes start with the FLAC stream marker {@code fLaC}. */
  static boolean looksLikeFlac(byte[] b) {
    return b.length >= 4 && b[0] == 'f' && b[1] == 'L' && b[2] == 'a' && b[3] == 'C';
  }

  /** Decodes a whole FLAC file held in memory; {@code name} is used in error messages. */
  static PcmAudio decode(byte[] bytes, String name) {
    byte[] clean = streamInfoAndFrames(bytes, name);
    // STREAMINFO fields (FLAC format): min/max block size, min/max frame size, then 20 bits rate,
    // 3 bits channels - 1, 5 bits bits-per-sample - 1
    int si = 8;
    int minBlock = (clean[si] & 0xFF) << 8 | (clean[si + 1] & 0xFF);
    int maxBlock = (clean[si + 2] & 0xFF) << 8 | (clean[si + 3] & 0xFF);
    int rate = (clean[si + 10] & 0xFF) << 12 | (clean[si + 11] & 0xFF) << 4 | (clean[si + 12] & 0xF0) >> 4;
    int streamChannels = ((clean[si + 12] & 0x0E) >> 1) + 1;
    int streamBits = ((clean[si + 12] & 0x01) << 4 | (clean[si + 13] & 0xF0) >> 4) + 1;
    if (minBlock < 16 || maxBlock < minBlock || rate == 0 || streamBits < 4) {
      throw new AudioFormatException(name + ": invalid FLAC STREAMINFO: block size " + minBlock + ".." + maxBlock
          + ", sample rate " + rate + ", bits " + streamBits);
    }
    int frameCount = FlacFrameCheck.verify(clean, 4 + 4 + 34, name, streamChannels, streamBits, maxBlock);
    long declaredSamples = (clean[si + 13] & 0x0FL) << 32 | (clean[si + 14] & 0xFFL) << 24
        | (clean[si + 15] & 0xFFL) << 16 | (clean[si + 16] & 0xFFL) << 8 | (clean[si + 17] & 0xFFL);
    // Hide the sample count and MD5 from jFLAC ("unknown" in the format): a corrupt count sent it
    // into an endless, memory-hungry decode. The count is still checked below.
    clean[si + 13] &= (byte) 0xF0;
    Arrays.fill(clean, si + 14, si + 34, (byte) 0);
    FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(clean));
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
      throw new AudioFormatException(name + ": corrupt FLAC metadata: " + e.getClass().getSimpleName(), e);
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
      // never ask jFLAC for more frames than were verified: with a corrupt STREAMINFO sample count it
      // kept returning frames past the end
      for (int f = 0; f < frameCount; f++) {
        Frame frame = decoder.readNextFrame();
        if (frame == null) {
          break;
        }
        pcm = decoder.decodeFrame(frame, pcm);
        sink.append(pcm.getData(), pcm.getLen());
      }
    } catch (IOException | RuntimeException e) {
      String what = String.valueOf(e.getMessage());
      throw new AudioFormatException(name + ": corrupt or truncated FLAC after " + sink.frames() + " samples: "
          + e.getClass().getSimpleName() + " " + what.substring(0, Math.min(200, what.length())), e);
    }
    boolean missing = declaredSamples > 0 && sink.frames() < declaredSamples;
    if (missing || decoder.getBadFrames() > 0 || !errors.isEmpty()) {
      String first = errors.isEmpty() ? "" : errors.get(0).strip();
      throw new AudioFormatException(name + ": corrupt or truncated FLAC: STREAMINFO declares "
          + (declaredSamples > 0 ? declaredSamples : "?") + " samples, decoded " + sink.frames() + ", "
          + Math.max(errors.size(), decoder.getBadFrames()) + " bad frame(s)"
          + (first.isEmpty() ? "" : ", first error: " + first.substring(0, Math.min(200, first.length()))));
    }
    if (sink.frames() == 0) {
      throw new AudioFormatException(name + ": empty audio (0 samples in the FLAC stream)");
    }
    return new PcmAudio(sink.channels(), info.getSampleRate());
  }

  /**
   * The file with every metadata block but STREAMINFO removed. jFLAC trusts the length fields
   * inside VORBIS_COMMENT, PICTURE and other blocks and allocates what they say (a corrupt file
   * exhausted the heap), so only the fixed-size STREAMINFO reaches it; block headers are checked
   * against the file size here.
   */
  static byte[] streamInfoAndFrames(byte[] b, String name) {
    int pos = 4;
    byte[] streamInfo = null;
    boolean last = false;
    while (!last) {
      if (pos + 4 > b.length) {
        throw new AudioFormatException(name + ": truncated FLAC metadata at byte " + pos);
      }
      last = (b[pos] & 0x80) != 0;
      int type = b[pos] & 0x7F;
      int length = (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
      if (pos + 4L + length > b.length) {
        throw new AudioFormatException(name + ": FLAC metadata block of type " + type + " at byte " + pos
            + " declares " + length + " bytes, only " + (b.length - pos - 4) + " remain");
      }
      if (type == 0) {
        if (streamInfo != null || length != 34) {
          throw new AudioFormatException(name + ": invalid FLAC STREAMINFO block (length " + length
              + (streamInfo != null ? ", repeated" : "") + ")");
        }
        streamInfo = Arrays.copyOfRange(b, pos, pos + 4 + length);
      } else if (type == 127) {
        throw new AudioFormatException(name + ": invalid FLAC metadata block type 127 at byte " + pos);
      }
      pos += 4 + length;
    }
    if (streamInfo == null) {
      throw new AudioFormatException(name + ": FLAC stream has no STREAMINFO block");
    }
    streamInfo[0] = (byte) 0x80; // type 0, last block
    byte[] out = new byte[4 + streamInfo.length + b.length - pos];
    System.arraycopy(b, 0, out, 0, 4);
    System.arraycopy(streamInfo, 0, out, 4, streamInfo.length);
    System.arraycopy(b, pos, out, 4 + streamInfo.length, b.length - pos);
    return out;
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
