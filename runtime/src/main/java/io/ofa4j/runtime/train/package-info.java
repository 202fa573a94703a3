/**
 * Training of the shared Qwen2 backbone: a SameDiff graph of the decoder whose variables are the
 * {@link io.ofa4j.runtime.weights.ParameterStore} arrays themselves (named by Hugging Face keys), a
 * masked token cross-entropy built only from ops whose gradients are right in DL4J 1.0.0-M2.1,
 * the embedding lookup done outside the graph (its gradient scattered back by hand), and the
 * optimizer pieces SameDiff lacks: AdamW, warmup + cosine schedule, global-norm clipping,
 * gradient accumulation and parameter freezing.
 */
package io.ofa4j.runtime.train;
