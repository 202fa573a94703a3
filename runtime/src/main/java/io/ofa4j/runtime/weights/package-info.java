/**
 * Weight storage and checkpoint I/O, keyed by Hugging Face checkpoint keys.
 *
 * <p>{@link io.ofa4j.runtime.weights.ParameterStore} holds the one set of weights shared by the
 * eager generator and the SameDiff trainer. {@link io.ofa4j.runtime.weights.SafetensorsFile} and
 * {@link io.ofa4j.runtime.weights.SafetensorsWriter} read and write the safetensors format (own
 * code, header via Jackson; F32, F16, BF16), validating every header field before allocating;
 * {@link io.ofa4j.runtime.weights.SafetensorsCheckpoint} handles single-file and sharded
 * ({@code model.safetensors.index.json}) directories. Problems surface as
 * {@link io.ofa4j.runtime.weights.SafetensorsException} naming the file, tensor and value.
 */
package io.ofa4j.runtime.weights;
