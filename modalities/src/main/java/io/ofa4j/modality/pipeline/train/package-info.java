/**
 * Training over multimodal batches: adapter outputs spliced into the input embeddings, the
 * decoder's input gradient sent back through each adapter (a vector-Jacobian product graph) and
 * into the token table, then clipping and AdamW over backbone and adapters. The decoder part runs
 * on either {@link io.ofa4j.runtime.train.DecoderEngine} (fused step or SameDiff graph); the keys
 * that train may change per step (stages).
 */
package io.ofa4j.modality.pipeline.train;
