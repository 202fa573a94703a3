package io.ofa4j.task.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads UTF-8 lines from a file while tracking the byte offset of the next line, so a reader can
 * seek straight back to it. Accepts {@code \n} and {@code \r\n} endings; a leading UTF-8 BOM is
 * dropped.
 */
final class LineReader implements AutoCloseable {

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private int position;
  private int limit;
  private long offset;
  private boolean atFileStart;

  LineReader(Path file, long startOffset) {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      channel.position(startOffset);
      this.in = Channels.newInputStream(channel);
      this.offset = startOffset;
      this.atFileStart = startOffset == 0;
    } catch (IOException e) {
      throw new DatasetException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Byte offset of the next line. */
  long offset() {
    return offset;
  }

  /** The next line without its terminator, or null at the end of the file. */
  String readLine() {
    line.reset();
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      any = true;
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    int start = 0;
    if (atFileStart && length >= 3
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    atFileStart = false;
    return new String(bytes, start, length - start, StandardCharsets.UTF_8);
  }

  private boolean fill() {
    try {
      int n = in.read(buffer);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
