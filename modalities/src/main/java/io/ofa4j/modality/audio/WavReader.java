package io.ofa4j.modality.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A RIFF/WAVE parser: PCM integer samples of 8 (unsigned), 16, 24 and 32 bits, IEEE float of 32
 * and 64 bits, {@code WAVE_FORMAT_EXTENSIBLE} with a PCM or float sub-format, any channel count.
 * Written by hand rather than through {@code javax.sound} because the latter rejects float and
 * 24-bit extensible files on some JDKs and gives no byte offsets in its errors.
 *
 * <p>Integer samples are scaled by {@code 1 / 2^(bits-1)} (int16 / 32768 like transformers).
 */
final class WavReader {
  private static final int FORMAT_PCM = 1;
  private static final int FORMAT_FLOAT = 3;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;

  private WavReader() {}

  /** Whether the bytes start like a RIFF/WAVE file. */
  static boolean looksLikeWav(byte[] b) {
    return b.length >= 12 && tag(b, 0).equals("RIFF") && tag(b, 8).equals("WAVE");
  }

  /** Decodes a whole WAV file held in memory; {@code name} is used in error messages. */
  static PcmAudio decode(byte[] bytes, String name) {
    if (!looksLikeWav(bytes)) {
      throw new AudioFormatException(name + ": not a RIFF/WAVE file (first bytes '" + tag(bytes, 0) + "')");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int pos = 12;
    Fmt fmt = null;
    while ((long) pos + 8 <= bytes.length) {
      String id = tag(bytes, pos);
      long size = Integer.toUnsignedLong(buf.getInt(pos + 4));
      int body = pos + 8;
      if (id.equals("fmt ")) {
        if (size < 16 || body + size > bytes.length) {
          throw new AudioFormatException(name + ": 'fmt ' chunk of " + size + " bytes is truncated or too short");
        }
        fmt = Fmt.parse(buf, body, (int) size, name);
      } else if (id.equals("data")) {
        if (fmt == null) {
          throw new AudioFormatException(name + ": 'data' chunk at byte " + pos + " comes before any 'fmt ' chunk");
        }
        long available = bytes.length - body;
        // 0xFFFFFFFF is what streaming writers (ffmpeg to a pipe) leave when the size is unknown.
        long length = size == 0xFFFFFFFFL ? available - available % fmt.blockAlign() : size;
        if (length > available) {
          throw new AudioFormatException(name + ": truncated: 'data' chunk declares " + size
              + " bytes, only " + available + " present");
        }
        return samples(buf, body, (int) length, fmt, name);
      }
      long next = body + size + (size & 1); // chunks are word aligned
      if (next > bytes.length) {
        break;
      }
      pos = (int) next;
    }
    throw new AudioFormatException(name + ": no 'data' chunk" + (fmt == null ? " and no 'fmt ' chunk" : ""));
  }

  private static PcmAudio samples(ByteBuffer buf, int off, int length, Fmt fmt, String name) {
    int frames = length / fmt.blockAlign();
    if (frames == 0) {
      throw new AudioFormatException(name + ": empty audio (0 samples in a 'data' chunk of " + length + " bytes)");
    }
    int ch = fmt.channels();
    int bps = fmt.bits() / 8;
    float[][] out = new float[ch][frames];
    for (int i = 0; i < frames; i++) {
      int p = off + i * fmt.blockAlign();
      for (int c = 0; c < ch; c++, p += bps) {
        out[c][i] = fmt.isFloat() ? readFloat(buf, p, bps) : readInt(buf, p, bps);
      }
    }
    return new PcmAudio(out, fmt.sampleRate());
  }

  private static float readFloat(ByteBuffer buf, int p, int bytes) {
    return bytes == 4 ? buf.getFloat(p) : (float) buf.getDouble(p);
  }

  private static float readInt(ByteBuffer buf, int p, int bytes) {
    switch (bytes) {
      case 1:
        return ((buf.get(p) & 0xFF) - 128) / 128f; // 8-bit WAV is unsigned with offset 128
      case 2:
        return buf.getShort(p) / 32768f;
      case 3:
        int v = (buf.get(p) & 0xFF) | (buf.get(p + 1) & 0xFF) << 8 | buf.get(p + 2) << 16;
        return v / 8388608f;
      default:
        return (float) (buf.getInt(p) / 2147483648.0);
    }
  }

  private static String tag(byte[] b, int off) {
    if (off + 4 > b.length) {
      return "<end of file>";
    }
    StringBuilder sb = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      int c = b[off + i] & 0xFF;
      sb.append(c >= 32 && c < 127 ? (char) c : '?');
    }
    return sb.toString();
  }

  /** The fields of a {@code fmt } chunk that decoding needs. */
  private record Fmt(int format, int channels, int sampleRate, int blockAlign, int bits) {
    static Fmt parse(ByteBuffer buf, int p, int size, String name) {
      int format = buf.getShort(p) & 0xFFFF;
      int channels = buf.getShort(p + 2) & 0xFFFF;
      int rate = buf.getInt(p + 4);
      int align = buf.getShort(p + 12) & 0xFFFF;
      int bits = buf.getShort(p + 14) & 0xFFFF;
      if (format == FORMAT_EXTENSIBLE) {
        if (size < 40) {
          throw new AudioFormatException(name + ": WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk of " + size + " bytes, need 40");
        }
        format = buf.getShort(p + 24) & 0xFFFF; // first two bytes of the sub-format GUID
      }
      if (format != FORMAT_PCM && format != FORMAT_FLOAT) {
        throw new AudioFormatException(name + ": unsupported WAV format tag " + format + " (PCM 1 and IEEE float 3 are read)");
      }
      boolean ok = format == FORMAT_PCM ? bits == 8 || bits == 16 || bits == 24 || bits == 32 : bits == 32 || bits == 64;
      if (!ok) {
        throw new AudioFormatException(name + ": unsupported " + (format == FORMAT_PCM ? "PCM" : "float")
            + " sample size " + bits + " bits");
      }
      if (channels == 0 || rate <= 0) {
        throw new AudioFormatException(name + ": invalid WAV header: channels " + channels + ", sample rate " + rate);
      }
      if (align != channels * bits / 8) {
        throw new AudioFormatException(name + ": block align " + align + " does not match " + channels
            + " channels x " + bits + " bits");
      }
      return new Fmt(format, channels, rate, align, bits);
    }

    boolean isFloat() {
      return format == FORMAT_FLOAT;
    }
  }
}
