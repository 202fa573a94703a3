package io.ofa4j.runtime.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Outputs of {@link Qwen2Model#forward}. Padding positions hold zeros in both arrays.
 *
 * @param lastHiddenState final-normed hidden states {@code [B, T, H]} (HF {@code last_hidden_state})
 * @param logits LM-head logits {@code [B, T, vocab]}
 */
public record Qwen2Output(INDArray lastHiddenState, INDArray logits) {}
