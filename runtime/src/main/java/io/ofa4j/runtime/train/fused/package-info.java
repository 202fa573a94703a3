/**
 * A hand-written forward + backward of the Qwen2 decoder training step, as an alternative to the
 * SameDiff graph of {@code io.ofa4j.runtime.train}. Profiling the SameDiff trainer showed about
 * half of a step spent in SameDiff's per-op bookkeeping (op dispatch, shape inference, array
 * allocation per op per pass) rather than in the ops themselves; here the large matmuls go
 * straight to ND4J's BLAS into preallocated outputs and everything else is plain Java loops over
 * float arrays, with activations saved in buffers reused across steps. It covers what the
 * multimodal trainer needs too: caller-supplied input embeddings with their gradient, and
 * Qwen2-VL M-RoPE positions ({@code rope_scaling.mrope_section}).
 */
package io.ofa4j.runtime.train.fused;
