package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.task.synthetic.Baseline;
import java.util.List;

/**
 * One task of a run, ready to train and evaluate.
 *
 * @param name task name (as in the preset)
 * @param instruction the one-line instruction
 * @param plan the planned template the examples are laid out with
 * @param train training examples
 * @param validation held-out examples (evaluation)
 * @param labels label set of a CLOSED_SET target (the catalog's, or the distinct training values)
 * @param metrics metric names, the primary first
 * @param baseline the trivial baseline's predictions and references, or {@code null} when none
 *     can be computed for this data (shown as n/a)
 * @param references one reference per validation example in the primary metric's type, or
 *     {@code null} when the task cannot be scored
 * @param decoding how predictions are decoded
 * @param source where the examples came from (shown under the evaluation table), e.g. {@code
 *     glue_sst2_tsv train.tsv: 40 train + 10 validation, 1 malformed record skipped}
 */
public record TaskData(String name, String instruction, TaskPlan plan, List<RawExample> train, List<RawExample> validation,
    List<String> labels, List<String> metrics, Baseline baseline, List<?> references, Decoding decoding,
    String source) {
  public TaskData {
    requireNonNull(name, "name is null");
    requireNonNull(instruction, "instruction is null");
    requireNonNull(plan, "plan is null");
    train = List.copyOf(requireNonNull(train, "train is null"));
    validation = List.copyOf(requireNonNull(validation, "validation is null"));
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    metrics = List.copyOf(requireNonNull(metrics, "metrics is null"));
    requireNonNull(decoding, "decoding is null");
    requireNonNull(source, "source is null");
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("task '" + name + "' has no metric");
    }
    if (references == null && baseline != null) {
      references = baseline.references();
    }
    if (baseline != null && baseline.references().size() != validation.size()) {
      throw new IllegalArgumentException("task '" + name + "': baseline has " + baseline.references().size()
          + " references for " + validation.size() + " validation examples");
    }
    if (references != null && references.size() != validation.size()) {
      throw new IllegalArgumentException("task '" + name + "': " + references.size() + " references for "
          + validation.size() + " validation examples");
    }
  }

  /** A task with greedy decoding, its references those of {@code baseline}. */
  public TaskData(String name, String instruction, TaskPlan plan, List<RawExample> train, List<RawExample> validation,
      List<String> labels, List<String> metrics, Baseline baseline, int maxNewTokens) {
    this(name, instruction, plan, train, validation, labels, metrics, baseline, null, Decoding.greedy(maxNewTokens),
        "synthetic");
  }

  /** The decoding cap. */
  public int maxNewTokens() {
    return decoding.maxNewTokens();
  }

  /** The primary metric's name. */
  public String primaryMetric() {
    return metrics.get(0);
  }

  /** The slot the model generates (the generator's first slot). */
  public SlotPlan targetSlot() {
    return plan.slots().get(plan.generator().slots().get(0));
  }

  /** Whether the target is decoded over a closed label set. */
  public boolean closedSet() {
    return plan.generator().kind() == GeneratorKind.CLOSED_SET;
  }

  /** The slots an inference request must give: every slot the model does not generate. */
  public List<String> inputSlots() {
    return plan.slots().stream().filter(s -> !s.generated()).map(SlotPlan::name).distinct().toList();
  }
}
