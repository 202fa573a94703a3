package io.ofa4j.runtime.multitask.log;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A console progress line, one per refresh and safe without a terminal (no carriage returns):
 * {@code step 40/200 (20%) | eta 0:01:12 | loss caption=2.314 vqa=1.982 | 812 tok/s}. The ETA
 * extrapolates the mean time per step since this process started (resumed runs included).
 */
public final class ProgressLine {
  private final PrintStream out;
  private final long totalSteps;
  private final long firstStep;
  private final long startNanos;

  /**
   * @param out where lines go (the CLI passes {@code System.err})
   * @param totalSteps steps of the whole run
   * @param firstStep step this process starts from (0, or the resumed step)
   * @param startNanos {@link System#nanoTime()} at the start
   */
  public ProgressLine(PrintStream out, long totalSteps, long firstStep, long startNanos) {
    this.out = requireNonNull(out, "out is null");
    this.totalSteps = totalSteps;
    this.firstStep = firstStep;
    this.startNanos = startNanos;
  }

  /** Prints the line for {@code step} (1-based, just completed) at time {@code nowNanos}. */
  public void print(long step, Map<String, Double> taskLoss, double tokensPerSecond, long nowNanos) {
    out.println(render(step, taskLoss, tokensPerSecond, nowNanos));
    out.flush();
  }

  /** The text of the line. */
  public String render(long step, Map<String, Double> taskLoss, double tokensPerSecond, long nowNanos) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "step %d/%d (%d%%)", step, totalSteps, 100 * step / totalSteps));
    long done = step - firstStep;
    if (done > 0) {
      long eta = (nowNanos - startNanos) / done * (totalSteps - step);
      sb.append(" | eta ").append(clock(Duration.ofNanos(eta)));
    }
    sb.append(" | loss");
    new TreeMap<>(taskLoss).forEach((t, l) -> sb.append(String.format(Locale.ROOT, " %s=%.4f", t, l)));
    sb.append(String.format(Locale.ROOT, " | %.0f tok/s", tokensPerSecond));
    return sb.toString();
  }

  private static String clock(Duration d) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
