package io.ofa4j.modality.audio;

/**
 * Checks every FLAC audio frame's CRC-8 (header) and CRC-16 (whole frame) before jFLAC sees the
 * data. jFLAC trusts corrupt subframe fields: on randomly corrupted files it printed to stdout,
 * ran for minutes and grew the heap to gigabytes. With the CRCs verified, only frames as the
 * encoder wrote them reach it.
 *
 * <p>Frame boundaries are found as in FLAC's format description: a frame starts with the 14-bit
 * sync code {@code 0b11111111111110}, a header whose reserved bits are 0 and whose CRC-8 (poly
 * 0x07) matches, and ends where the next such header starts (or at the end of the file) with a
 * CRC-16 (poly 0x8005) over all its bytes. A sync pattern inside audio data whose CRC-8 happens to
 * match is skipped by extending the frame to the next candidate until the CRC-16 matches.
 */
final class FlacFrameCheck {
  private FlacFrameCheck() {}

  /**
   * Verifies the frames in {@code b[start..]} and that each frame header agrees with STREAMINFO
   * (channel count, sample size, block size at most {@code maxBlock}); returns the frame count.
   */
  static int verify(byte[] b, int start, String name, int channels, int bits, int maxBlock) {
    if (start >= b.length) {
      throw new AudioFormatException(name + ": empty audio (no FLAC frames after the metadata)");
    }
    if (headerLength(b, start) < 0) {
      throw new AudioFormatException(name + ": corrupt FLAC: no valid frame header at byte " + start);
    }
    int frames = 0;
    int frameStart = start;
    int candidate = nextHeader(b, frameStart + 1);
    while (true) {
      int end = candidate < 0 ? b.length : candidate;
      if (end - frameStart >= 4 && crc16(b, frameStart, end - 2) == ((b[end - 2] & 0xFF) << 8 | (b[end - 1] & 0xFF))) {
        checkAgainstStreamInfo(b, frameStart, name, frames, channels, bits, maxBlock);
        frames++;
        if (candidate < 0) {
          return frames;
        }
        frameStart = candidate;
        candidate = nextHeader(b, frameStart + 1);
      } else if (candidate >= 0) {
        candidate = nextHeader(b, candidate + 1); // a false sync inside the frame: extend
      } else {
        throw new AudioFormatException(name + ": corrupt or truncated FLAC: frame " + frames + " at byte " + frameStart
            + " fails its CRC-16 check");
      }
    }
  }

  private static void checkAgainstStreamInfo(byte[] b, int p, String name, int frame, int channels, int bits,
      int maxBlock) {
    int assignment = (b[p + 3] & 0xF0) >> 4;
    int frameChannels = assignment < 8 ? assignment + 1 : 2;
    int sizeCode = (b[p + 3] & 0x0E) >> 1;
    int[] sizes = {bits, 8, 12, -1, 16, 20, 24, 32};
    int blockCode = (b[p + 2] & 0xF0) >> 4;
    int block = blockSize(b, p, blockCode);
    if (frameChannels != channels || sizes[sizeCode] != bits || block > maxBlock) {
      throw new AudioFormatException(name + ": corrupt FLAC: frame " + frame + " at byte " + p + " has " + frameChannels
          + " channels, " + sizes[sizeCode] + " bits, block size " + block + "; STREAMINFO says " + channels
          + " channels, " + bits + " bits, block size at most " + maxBlock);
    }
  }

  /** Block size from the header's code (FLAC format, frame header "block size" table). */
  private static int blockSize(byte[] b, int p, int code) {
    if (code == 1) {
      return 192;
    }
    if (code <= 5) {
      return 576 << (code - 2);
    }
    if (code >= 8) {
      return 256 << (code - 8);
    }
    int q = p + 4;
    int lead = b[q] & 0xFF;
    int extra = lead < 0x80 ? 0 : Integer.numberOfLeadingZeros(~(lead << 24)) - 1;
    q += 1 + extra;
    return code == 6 ? (b[q] & 0xFF) + 1 : ((b[q] & 0xFF) << 8 | (b[q + 1] & 0xFF)) + 1;
  }

  private static int nextHeader(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFE) == 0xF8 && headerLength(b, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Length of a valid frame header at {@code p} including its CRC-8, or -1. */
  static int headerLength(byte[] b, int p) {
    if (p + 6 > b.length || (b[p] & 0xFF) != 0xFF || (b[p + 1] & 0xFE) != 0xF8) {
      return -1;
    }
    int blockCode = (b[p + 2] & 0xF0) >> 4;
    int rateCode = b[p + 2] & 0x0F;
    int channels = (b[p + 3] & 0xF0) >> 4;
    int sizeCode = (b[p + 3] & 0x0E) >> 1;
    if (blockCode == 0 || rateCode == 15 || channels > 10 || sizeCode == 3 || (b[p + 3] & 1) != 0) {
      return -1;
    }
    int q = p + 4;
    int lead = b[q] & 0xFF; // UTF-8-style coded frame or sample number, 1 to 7 bytes
    int extra = lead < 0x80 ? 0 : lead >= 0xC0 && lead < 0xE0 ? 1 : lead >= 0xE0 && lead < 0xF0 ? 2
        : lead >= 0xF0 && lead < 0xF8 ? 3 : lead >= 0xF8 && lead < 0xFC ? 4 : lead >= 0xFC && lead < 0xFE ? 5
        : lead == 0xFE ? 6 : -1;
    if (extra < 0 || q + 1 + extra > b.length) {
      return -1;
    }
    for (int i = 1; i <= extra; i++) {
      if ((b[q + i] & 0xC0) != 0x80) {
        return -1;
      }
    }
    q += 1 + extra;
    q += blockCode == 6 ? 1 : blockCode == 7 ? 2 : 0;
    q += rateCode == 12 ? 1 : rateCode == 13 || rateCode == 14 ? 2 : 0;
    if (q >= b.length || crc8(b, p, q) != (b[q] & 0xFF)) {
      return -1;
    }
    return q + 1 - p;
  }

  static int crc8(byte[] b, int from, int to) {
    int crc = 0;
    for (int i = from; i < to; i++) {
      crc ^= b[i] & 0xFF;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
      }
    }
    return crc;
  }

  static int crc16(byte[] b, int from, int to) {
    int crc = 0;
    for (int i = from; i < to; i++) {
      crc ^= (b[i] & 0xFF) << 8;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xFFFF : (crc << 1) & 0xFFFF;
      }
    }
    return crc;
  }
}
