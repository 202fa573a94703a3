package io.ofa4j.preset.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops the "Added differentiated op ..." lines SameDiff prints on {@code System.out} each time it
 * builds a gradient graph (libraries.md), passing every other line through, so the command's own
 * output stays readable.
 */
final class NativeNoise extends OutputStream {
  private static final String NOISE = "Added differentiated op";
  private final PrintStream target;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private NativeNoise(PrintStream target) {
    this.target = target;
  }

  /** Installs the filter on {@code System.out} (once). */
  static synchronized void install() {
    if (!(System.out instanceof Filtered)) {
      System.setOut(new Filtered(new NativeNoise(System.out)));
    }
  }

  @Override
  public synchronized void write(int b) {
    line.write(b);
    if (b == '\n') {
      String s = line.toString(StandardCharsets.UTF_8);
      if (!s.startsWith(NOISE)) {
        target.print(s);
        target.flush();
      }
      line.reset();
    }
  }

  /** Marks the installed stream. */
  private static final class Filtered extends PrintStream {
    Filtered(OutputStream out) {
      super(out, true, StandardCharsets.UTF_8);
    }
  }
}
