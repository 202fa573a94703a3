/**
 * Text-only implementations of the multi-task interfaces over {@link
 * io.ofa4j.runtime.train.TrainBatch} (causal language modelling on token sequences): a
 * length-bucketed stream, the step over {@link io.ofa4j.runtime.train.Qwen2TrainingGraph} and
 * AdamW, and a validation-loss / token-accuracy evaluator.
 */
package io.ofa4j.runtime.multitask.text;
