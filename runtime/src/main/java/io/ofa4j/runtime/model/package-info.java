/**
 * The Qwen2 decoder as Hugging Face defines it ({@code transformers/models/qwen2/modeling_qwen2.py}).
 *
 * <p>{@link io.ofa4j.runtime.model.Qwen2Config} and
 * {@link io.ofa4j.runtime.model.Qwen2ConfigReader} mirror {@code config.json};
 * {@link io.ofa4j.runtime.model.Qwen2Checkpoint} loads and saves a Hugging Face-style directory;
 * {@link io.ofa4j.runtime.model.Qwen2Model} runs the model eagerly over a
 * {@link io.ofa4j.runtime.weights.ParameterStore} (batched forward with padding masks, or
 * {@link io.ofa4j.runtime.model.Qwen2Session} incremental decoding with a KV cache). Logits match
 * the llama.cpp / PyTorch references in {@code shared/golden/qwen2-tiny} to ~2e-7.
 */
package io.ofa4j.runtime.model;
