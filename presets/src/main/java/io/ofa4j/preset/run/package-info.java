/**
 * The composition of a run: a preset becomes a model ({@link io.ofa4j.preset.run.RunModel}: Qwen2
 * from scratch or from a checkpoint, tokenizer extended with the modality tokens, kits with their
 * adapters), tasks ({@link io.ofa4j.preset.run.TaskDataLoader}: plan, synthetic splits or real
 * files through the task readers ({@link io.ofa4j.preset.run.ReaderData}), label set, trivial
 * baseline, {@link io.ofa4j.preset.run.Decoding} options), multimodal implementations of the
 * multi-task loop's parts (the engine's {@link
 * io.ofa4j.modality.pipeline.train.ExampleTaskStream}, the engine's
 * multimodal step function with per-stage freezing from {@link io.ofa4j.preset.run.StageSchedule},
 * {@link io.ofa4j.preset.run.RunEvaluator} over the engine's predictor),
 * and {@link io.ofa4j.preset.run.TrainRun} runs the loop and writes the report and the final
 * {@link io.ofa4j.preset.run.EvalTable}. Checkpoints carry the tokenizer, the resolved preset and
 * the task list ({@link io.ofa4j.preset.run.CheckpointExtras}), so {@link
 * io.ofa4j.preset.run.CheckpointSession} can evaluate and predict from the directory alone.
 */
package io.ofa4j.preset.run;
