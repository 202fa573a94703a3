/**
 * Training over multimodal batches: adapter outputs spliced into the input embeddings, the
 * decoder's input gradient sent back through each adapter (a vector-Jacobian product graph) and
 * into the token table, then clipping and AdamW over backbone and adapters.
 */
package io.ofa4j.modality.pipeline.train;
