package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * How {@code ofa4j train} ended.
 *
 * @param runDir the run directory ({@code metrics.jsonl}, {@code checkpoints/}, {@code report/})
 * @param checkpoint the final checkpoint (everything {@code eval}/{@code infer}/{@code --resume} need)
 * @param table the final evaluation against the baselines
 * @param report the HTML report
 * @param steps steps completed
 * @param dataSeconds seconds spent generating data and building the model
 * @param trainSeconds seconds in the training loop (evaluations included)
 */
public record TrainResult(Path runDir, Path checkpoint, EvalTable table, Path report, long steps,
    double dataSeconds, double trainSeconds) {
  public TrainResult {
    requireNonNull(runDir, "runDir is null");
    requireNonNull(checkpoint, "checkpoint is null");
    requireNonNull(table, "table is null");
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "run %s: %d steps, data %.1f s, training %.1f s%ncheckpoint %s%n%s",
        runDir, steps, dataSeconds, trainSeconds, checkpoint, table);
  }
}
