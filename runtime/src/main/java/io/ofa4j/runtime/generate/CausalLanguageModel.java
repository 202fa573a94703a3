package io.ofa4j.runtime.generate;

/**
 * A causal language model that generation strategies can drive token by token. The Qwen2 backbone
 * implements it over its eager KV-cache path; tests may implement it with a tiny table model.
 */
public interface CausalLanguageModel {

  /** Size of the logit vectors this model returns. */
  int vocabSize();

  /**
   * Starts a decoding session for {@code batch} independent rows, each able to hold up to
   * {@code maxLength} tokens (prompt plus generated).
   */
  DecoderSession startSession(int batch, int maxLength);
}
