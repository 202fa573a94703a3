/**
 * The multimodal engine: turns a {@code TaskPlan} and a {@link io.ofa4j.modality.pipeline.RawExample}
 * into decoder sequences, training steps and typed predictions.
 *
 * <ul>
 *   <li>{@code kit}: the {@code ModalityKit} extension point (one per modality) and its Guice
 *       binder; {@code adapter}: the trainable span adapters over the shared parameter store;</li>
 *   <li>{@code vocab}: the bundled from-scratch tokenizer and the special-token / embedding-row
 *       extension for Hub checkpoints;</li>
 *   <li>{@code encode}: {@code SequenceBuilder} (tokens, labels, loss mask, adapter spans, 1-D or
 *       M-RoPE positions) and {@code Collator};</li>
 *   <li>{@code train}: the step that backpropagates the decoder's input-embedding gradient into
 *       the adapters; {@code predict}: constrained generation and post-processing.</li>
 * </ul>
 */
package io.ofa4j.modality.pipeline;
