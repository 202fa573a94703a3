package io.ofa4j.modality.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes WAV files in memory for tests: PCM 8/16/24/32-bit or float32, any channel count. */
final class TestWavs {
  private TestWavs() {}

  static float[] sine(double hz, double amplitude, int rate, int samples) {
    float[] x = new float[samples];
    for (int i = 0; i < samples; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return x;
  }

  /** A WAV with the given channels; {@code isFloat} selects IEEE float (bits must be 32). */
  static byte[] wav(float[][] ch, int rate, int bits, boolean isFloat) {
    int n = ch[0].length;
    int bps = bits / 8;
    int dataBytes = n * ch.length * bps;
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) (isFloat ? 3 : 1)).putShort((short) ch.length)
        .putInt(rate).putInt(rate * ch.length * bps).putShort((short) (ch.length * bps)).putShort((short) bits);
    b.put("data".getBytes()).putInt(dataBytes);
    for (int i = 0; i < n; i++) {
      for (float[] c : ch) {
        double v = c[i];
        if (isFloat) {
          b.putFloat((float) v);
        } else if (bits == 8) {
          b.put((byte) (Math.round(v * 127) + 128));
        } else if (bits == 16) {
          b.putShort((short) Math.round(v * 32767));
        } else if (bits == 24) {
          int s = (int) Math.round(v * 8388607);
          b.put((byte) s).put((byte) (s >> 8)).put((byte) (s >> 16));
        } else {
          b.putInt((int) Math.round(v * 2147483647.0));
        }
      }
    }
    return b.array();
  }
}
