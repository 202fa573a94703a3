/**
 * Multi-task training: the loop that draws micro-batches from several {@link
 * io.ofa4j.runtime.multitask.TaskStream}s by a scheduling policy, runs one optimizer step over
 * them through a {@link io.ofa4j.runtime.multitask.StepFunction}, evaluates on a schedule, keeps
 * the best and last checkpoints (written atomically) and resumes a killed run exactly.
 *
 * <p>The loop only sees opaque batches, so the text-only implementations in {@code .text} (over
 * {@link io.ofa4j.runtime.train.TrainBatch}) and the multimodal engine plug in the same way.
 */
package io.ofa4j.runtime.multitask;
