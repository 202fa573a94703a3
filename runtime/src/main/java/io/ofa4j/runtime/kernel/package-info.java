/**
 * CPU kernels for the eager decode path, written with the Java Vector API
 * ({@code jdk.incubator.vector}) over the ND4J arrays' off-heap memory.
 *
 * <p>Why not ND4J ops: decoding one token is ~170 small matrix-vector products; ND4J pays
 * 7-50 µs of dispatch per op and allocates fresh outputs, which held a Qwen2-0.5B decode to
 * 8-11 tokens/s here, while the memory bandwidth allows ~17. These kernels read the weights where
 * they lie (no copy, so training updates stay visible), write into preallocated Java arrays,
 * and split the rows of each product over a small fixed thread pool.
 */
package io.ofa4j.runtime.kernel;
