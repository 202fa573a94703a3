package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The token strings of {@code tokenizer.json}: the BPE symbols of {@code model.vocab} (byte-level,
 * e.g. {@code "Ġworld"}) and the {@code added_tokens}, with the ids of those marked special.
 */
public final class Vocabulary {
  private final Map<String, Integer> ids;
  private final String[] tokens;
  private final Set<Integer> specialIds;

  private Vocabulary(Map<String, Integer> ids, String[] tokens, Set<Integer> specialIds) {
    this.ids = ids;
    this.tokens = tokens;
    this.specialIds = specialIds;
  }

  /** Reads {@code model.vocab} and {@code added_tokens} from a parsed {@code tokenizer.json}. */
  static Vocabulary fromTokenizerJson(JsonNode root, Path file) {
    requireNonNull(root, "root is null");
    JsonNode vocab = root.path("model").path("vocab");
    if (!vocab.isObject()) {
      throw new IllegalArgumentException(
          file + ": field model.vocab must be an object of token -> id, found "
              + (vocab.isMissingNode() ? "nothing" : vocab.getNodeType()));
    }
    Map<String, Integer> ids = new HashMap<>();
    int maxId = -1;
    for (Map.Entry<String, JsonNode> e : vocab.properties()) {
      int id = id(e.getValue(), "model.vocab[\"" + e.getKey() + "\"]", file);
      ids.put(e.getKey(), id);
      maxId = Math.max(maxId, id);
    }
    Set<Integer> special = new HashSet<>();
    JsonNode added = root.path("added_tokens");
    for (int i = 0; i < added.size(); i++) {
      JsonNode token = added.get(i);
      String content = token.path("content").asString(null);
      if (content == null) {
        throw new IllegalArgumentException(
            file + ": field added_tokens[" + i + "].content is missing, found " + token);
      }
      int id = id(token.path("id"), "added_tokens[" + i + "].id", file);
      ids.put(content, id);
      maxId = Math.max(maxId, id);
      if (token.path("special").asBoolean(false)) {
        special.add(id);
      }
    }
    String[] tokens = new String[maxId + 1];
    ids.forEach((token, id) -> tokens[id] = token);
    return new Vocabulary(Map.copyOf(ids), tokens, Set.copyOf(special));
  }

  private static int id(JsonNode node, String field, Path file) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
      throw new IllegalArgumentException(
          file + ": field " + field + " must be a non-negative integer id, found " + node);
    }
    return node.intValue();
  }

  /** One more than the largest token id (the tokenizer's own vocabulary, not the model's rows). */
  public int size() {
    return tokens.length;
  }

  /** The id of a token string (a BPE symbol or an added token), if known. */
  public OptionalInt id(String token) {
    Integer id = ids.get(requireNonNull(token, "token is null"));
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** The token string of {@code id}, or null when no token has that id (e.g. padding rows). */
  public String token(int id) {
    return id >= 0 && id < tokens.length ? tokens[id] : null;
  }

  /** Ids of the added tokens marked special. */
  public Set<Integer> specialIds() {
    return specialIds;
  }
}
