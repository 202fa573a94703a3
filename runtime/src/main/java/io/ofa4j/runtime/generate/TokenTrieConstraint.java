package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.util.ArrayList;
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
    root.freeze();
    this.labels = labels.size();
  }

  /**
   * A trie over label texts, each encoded on its own with {@code tokenizer} (so a label meant to
   * follow a space must start with one, as it would in the sequence).
   */
  public static TokenTrieConstraint fromTexts(List<String> labels, Qwen2Tokenizer tokenizer) {
    requireNonNull(labels, "labels is null");
    requireNonNull(tokenizer, "tokenizer is null");
    List<int[]> ids = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      String label = requireNonNull(labels.get(i), "labels[" + i + "] is null");
      if (label.isEmpty()) {
        throw new IllegalArgumentException("labels[" + i + "] is empty");
      }
      ids.add(tokenizer.encode(label));
    }
    return new TokenTrieConstraint(ids);
  }

  /** Number of labels given (duplicates included). */
  public int labelCount() {
    return labels;
  }

  @Override
  public State start() {
    return root;
  }

  /**
   * A trie node; children sorted by id so that allowed tokens come out in a stable order. Built
   * and frozen in the constructor, then read-only (safe to share between threads).
   */
  private static final class Node implements State {
    private final TreeMap<Integer, Node> children = new TreeMap<>();
    private boolean end;
    private int[] allowed;

    void freeze() {
      allowed = children.keySet().stream().mapToInt(Integer::intValue).toArray();
      children.values().forEach(Node::freeze);
    }

    @Override
    public int[] allowedTokens() {
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
