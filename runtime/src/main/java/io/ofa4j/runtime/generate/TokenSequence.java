package io.ofa4j.runtime.generate;

import java.util.Arrays;

/**
 * A growable token list: one hypothesis's context (prompt, forced prefix and output), which
 * the logits processors look at.
 */
final class TokenSequence {
  private int[] ids;
  private int size;

  TokenSequence(int[] initial) {
    ids = Arrays.copyOf(initial, Math.max(16, initial.length * 2));
    size = initial.length;
  }

  private TokenSequence(TokenSequence other) {
    ids = other.ids.clone();
    size = other.size;
  }

  void add(int id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
  }

  int get(int i) {
    return ids[i];
  }

  int size() {
    return size;
  }

  /** Ids {@code [from, size)}. */
  int[] tail(int from) {
    return Arrays.copyOfRange(ids, from, size);
  }

  TokenSequence copy() {
    return new TokenSequence(this);
  }
}
