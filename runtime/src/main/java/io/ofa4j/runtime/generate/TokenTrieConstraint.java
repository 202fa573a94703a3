package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A closed label set: the output must be exactly one of the label token sequences, then end.
 * The labels form a trie; each state is a trie node, allowing its children, and allowing an end
 * where a label finishes. This is OFASys's {@code closed_set} decoding (its constraint trie).
 */
public final class TokenTrieConstraint implements DecodingConstraint {
  private final Node root = new Node();
  private final int labels;

  /** A trie over {@code labels}, each a non-empty token sequence with ids >= 0. */
  public TokenTrieConstraint(List<int[]> labels) {
    requireNonNull(labels, "labels is null");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a closed label set needs at least one label");
    }
    for (int i = 0; i < labels.size(); i++) {
      int[] label = requireNonNull(labels.get(i), "labels[" + i + "] is null");
      if (label.length == 0) {
        throw new IllegalArgumentException("labels[" + i + "] has no tokens");
      }
      Node node = root;
      for (int token : label) {
        if (token < 0) {
          throw new IllegalArgumentException(
              "labels[" + i + "] holds a negative id: " + Arrays.toString(label));
        }
        node = node.children.computeIfAbsent(token, t -> new Node());
      }
      node.end = true;
    }
    this.labels = labels.size();
  }

  /** Number of labels given (duplicates included). */
  public int labelCount() {
    return labels;
  }

  @Override
  public State start() {
    return root;
  }

  /** A trie node; children sorted by id so that allowed tokens come out in a stable order. */
  private static final class Node implements State {
    private final TreeMap<Integer, Node> children = new TreeMap<>();
    private boolean end;
    private int[] allowed;

    @Override
    public int[] allowedTokens() {
      if (allowed == null) {
        allowed = children.keySet().stream().mapToInt(Integer::intValue).toArray();
      }
      return allowed;
    }

    @Override
    public boolean mayEnd() {
      return end;
    }

    @Override
    public State advance(int token) {
      Node next = children.get(token);
      if (next == null) {
        throw new IllegalStateException(
            "token " + token + " is not allowed here; allowed: " + children.keySet());
      }
      return next;
    }
  }
}
