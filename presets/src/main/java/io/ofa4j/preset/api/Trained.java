package io.ofa4j.preset.api;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.run.CheckpointSession;
import io.ofa4j.preset.run.Demo;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.InferResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A trained checkpoint: evaluate it, or predict with it. */
public final class Trained {
  private final CheckpointSession session;

  Trained(CheckpointSession session) {
    this.session = requireNonNull(session, "session is null");
  }

  /** The checkpoint directory. */
  public Path checkpoint() {
    return session.dir();
  }

  /** Its task names. */
  public List<String> tasks() {
    return session.taskNames();
  }

  /** Every task against its baseline. */
  public EvalTable evaluate() {
    return session.evaluate(null);
  }

  /** One task against its baseline. */
  public EvalTable evaluate(String task) {
    return session.evaluate(requireNonNull(task, "task is null"));
  }

  /** Predicts {@code task} for slot values ({@code Path}s or strings; media as paths). */
  public InferResult infer(String task, Map<String, ?> inputs) {
    return session.inferTask(requireNonNull(task, "task is null"), strings(inputs));
  }

  /** Predicts an ad-hoc instruction ({@code labels} for a closed-set target, else empty). */
  public InferResult inferInstruction(String instruction, List<String> labels, int maxNewTokens,
      Map<String, ?> inputs) {
    return session.inferInstruction(instruction, labels, maxNewTokens, strings(inputs));
  }

  /** {@code perTask} fresh (unseen) examples of every task, predicted. */
  public List<Demo> demos(int perTask) {
    return session.demos(perTask);
  }

  @Override
  public String toString() {
    return "checkpoint " + session.dir() + " with tasks " + tasks();
  }

  static Map<String, String> strings(Map<String, ?> inputs) {
    requireNonNull(inputs, "inputs is null");
    Map<String, String> out = new LinkedHashMap<>();
    inputs.forEach((k, v) -> out.put(k, String.valueOf(requireNonNull(v, "input '" + k + "' is null"))));
    return out;
  }
}
