package io.ofa4j.preset.notebook;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs an action with the known library chatter removed from {@code System.out} and
 * {@code System.err}: SameDiff prints
 * "Added differentiated op ..." once per op the first time it builds gradients, and ND4J logs
 * duplicate TensorFlow op mappings when it starts (libraries.md). In a notebook cell these bury
 * the training progress. Every other line passes through unchanged; both streams are restored
 * afterwards, so a kernel's own streams are left as they were.
 */
public final class QuietOutput {
  /** Lines containing any of these are dropped. */
  static final List<String> NOISE = List.of("Added differentiated op",
      "ImportClassMapping - Duplicate TF op mapping");

  private QuietOutput() {}

  /** Runs {@code action} with the filter on {@code System.out} and {@code System.err}. */
  public static synchronized <T> T call(Supplier<T> action) {
    requireNonNull(action, "action is null");
    PrintStream out = System.out;
    PrintStream err = System.err;
    LineFilter outFilter = new LineFilter(out);
    LineFilter errFilter = new LineFilter(err);
    System.setOut(new PrintStream(outFilter, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(errFilter, true, StandardCharsets.UTF_8));
    try {
      return action.get();
    } finally {
      System.out.flush();
      System.err.flush();
      outFilter.flushPartialLine();
      errFilter.flushPartialLine();
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Forwards whole lines that are not noise. */
  static final class LineFilter extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineFilter(PrintStream target) {
      this.target = requireNonNull(target, "target is null");
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') {
        emit();
      }
    }

    /** Forwards a last line that had no line break. */
    synchronized void flushPartialLine() {
      if (line.size() > 0) {
        emit();
      }
    }

    private void emit() {
      String s = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (NOISE.stream().noneMatch(s::contains)) {
        target.print(s);
        target.flush();
      }
    }
  }
}
