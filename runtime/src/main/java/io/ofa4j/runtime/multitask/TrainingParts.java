package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.checkpoint.ModelState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a multi-task run trains: the tasks with their streams (same order, same names), the step,
 * the evaluator and the live model state that checkpoints save.
 *
 * @param tasks task settings
 * @param streams one stream per task, in the order of {@code tasks}
 * @param stepFunction the optimizer step
 * @param evaluator validation metrics
 * @param model weights and optimizer
 * @param <B> batch type
 */
public record TrainingParts<B>(List<TaskConfig> tasks, List<TaskStream<B>> streams,
    StepFunction<B> stepFunction, Evaluator evaluator, ModelState model) {
  public TrainingParts {
    tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
    streams = List.copyOf(requireNonNull(streams, "streams is null"));
    requireNonNull(stepFunction, "stepFunction is null");
    requireNonNull(evaluator, "evaluator is null");
    requireNonNull(model, "model is null");
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("a multi-task run needs at least one task");
    }
    if (tasks.size() != streams.size()) {
      throw new IllegalArgumentException(tasks.size() + " tasks but " + streams.size() + " streams");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      String name = tasks.get(i).name();
      if (!seen.add(name)) {
        throw new IllegalArgumentException("task '" + name + "' is listed twice");
      }
      if (!streams.get(i).name().equals(name)) {
        throw new IllegalArgumentException("stream " + i + " is for task '" + streams.get(i).name()
            + "', expected '" + name + "'");
      }
    }
  }
}
