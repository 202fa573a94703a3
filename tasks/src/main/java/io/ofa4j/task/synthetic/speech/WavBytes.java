package io.ofa4j.task.synthetic.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Encodes mono float samples as a 16-bit PCM WAV file (RIFF, little-endian). */
final class WavBytes {
  private WavBytes() {}

  static byte[] pcm16(float[] samples, int sampleRate) {
    int dataBytes = samples.length * 2;
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + dataBytes)
        .put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '}).putInt(16)
        .putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2)
        .putShort((short) 2).putShort((short) 16)
        .put(new byte[] {'d', 'a', 't', 'a'}).putInt(dataBytes);
    for (float s : samples) {
      // round half away from zero after clipping, as most encoders do
      float c = Math.max(-1f, Math.min(1f, s));
      b.putShort((short) Math.round(c * 32767f));
    }
    return b.array();
  }
}
