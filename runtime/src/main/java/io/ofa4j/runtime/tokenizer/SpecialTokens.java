package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * The special token ids of a model: what generation stops on, pads with and (rarely, for Qwen2)
 * starts with. Resolved by {@link Qwen2Tokenizer#load}: {@code generation_config.json} ids win,
 * then the token strings of {@code tokenizer_config.json}.
 *
 * @param bosTokenId begin-of-sequence id, or -1 (Qwen2 adds none)
 * @param padTokenId padding id, or -1
 * @param eosTokenIds ids that end generation, in file order (may be empty)
 * @param specialIds every added token marked {@code special} (skipped by
 *     {@code decode(ids, true)})
 */
public record SpecialTokens(
    int bosTokenId, int padTokenId, List<Integer> eosTokenIds, Set<Integer> specialIds) {

  public SpecialTokens {
    eosTokenIds = List.copyOf(requireNonNull(eosTokenIds, "eosTokenIds is null"));
    specialIds = Set.copyOf(requireNonNull(specialIds, "specialIds is null"));
    if (bosTokenId < -1 || padTokenId < -1) {
      throw new IllegalArgumentException(
          "bosTokenId (" + bosTokenId + ") and padTokenId (" + padTokenId + ") must be >= -1");
    }
    for (int eos : eosTokenIds) {
      if (eos < 0) {
        throw new IllegalArgumentException("eosTokenIds holds a negative id: " + eosTokenIds);
      }
    }
  }

  /** Whether {@code id} ends generation. */
  public boolean isEos(int id) {
    return eosTokenIds.contains(id);
  }
}
