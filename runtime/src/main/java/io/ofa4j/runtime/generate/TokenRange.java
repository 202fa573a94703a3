package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.tokenizer.Vocabulary;

/**
 * An inclusive range of token ids, e.g. the location tokens {@code <bin_0>..<bin_999>}.
 *
 * @param first lowest id allowed
 * @param last highest id allowed
 */
public record TokenRange(int first, int last) {

  public TokenRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException(
          "token range [" + first + ", " + last + "] must satisfy 0 <= first <= last");
    }
  }

  /**
   * The ids from token {@code first} to token {@code last} of a vocabulary, e.g.
   * {@code between(vocabulary, "<bin_0>", "<bin_999>")}; an unknown token is an error naming it.
   */
  public static TokenRange between(Vocabulary vocabulary, String first, String last) {
    requireNonNull(vocabulary, "vocabulary is null");
    return new TokenRange(idOf(vocabulary, first), idOf(vocabulary, last));
  }

  private static int idOf(Vocabulary vocabulary, String token) {
    return vocabulary.id(requireNonNull(token, "token is null")).orElseThrow(() ->
        new IllegalArgumentException("token '" + token + "' is not in the tokenizer vocabulary"));
  }

  /** Whether {@code id} lies in the range. */
  public boolean contains(int id) {
    return id >= first && id <= last;
  }

  /** Number of ids in the range. */
  public int size() {
    return last - first + 1;
  }
}
