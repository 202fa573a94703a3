package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What one optimizer step over tagged micro-batches did.
 *
 * @param taskLoss per task: its mean token loss in this step (before its loss weight)
 * @param taskTokens per task: tokens that carried loss
 * @param loss the loss that was minimised (loss-weighted, normalised by all tokens of the step)
 * @param gradNorm global gradient norm before clipping
 * @param learningRate rate used (0 when skipped)
 * @param nonFinite true when a loss or the gradient was NaN/inf: nothing was updated
 */
public record StepOutcome(Map<String, Double> taskLoss, Map<String, Long> taskTokens, double loss,
    double gradNorm, double learningRate, boolean nonFinite) {
  public StepOutcome {
    taskLoss = Map.copyOf(requireNonNull(taskLoss, "taskLoss is null"));
    taskTokens = Map.copyOf(requireNonNull(taskTokens, "taskTokens is null"));
  }

  /** Tokens that carried loss over all tasks. */
  public long tokens() {
    return taskTokens.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Tasks whose loss is NaN or infinite (all tasks of the step when only the gradient was). */
  public List<String> nonFiniteTasks() {
    List<String> bad = taskLoss.entrySet().stream().filter(e -> !Double.isFinite(e.getValue()))
        .map(Map.Entry::getKey).sorted().toList();
    return bad.isEmpty() && nonFinite ? taskLoss.keySet().stream().sorted().toList() : bad;
  }
}
