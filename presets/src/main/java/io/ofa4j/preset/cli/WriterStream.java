package io.ofa4j.preset.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A {@link PrintStream} over a command's {@link PrintWriter} (the training loop prints progress to streams). */
final class WriterStream extends OutputStream {
  private final PrintWriter out;
  private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

  private WriterStream(PrintWriter out) {
    this.out = out;
  }

  static PrintStream of(PrintWriter out) {
    return new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    line.write(b);
    if (b == '\n') {
      flush();
    }
  }

  @Override
  public void flush() {
    out.print(line.toString(StandardCharsets.UTF_8));
    out.flush();
    line.reset();
  }
}
