package io.ofa4j.modality.pipeline.vocab;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a copy of a Hugging Face {@code tokenizer.json} with extra {@code added_tokens} (as
 * {@code tokenizer.add_special_tokens} does): a token already in the vocabulary keeps its id, a
 * missing one gets the next free id, so the tokens appended in one call are contiguous.
 */
public final class TokenizerExtender {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private TokenizerExtender() {}

  /**
   * The outcome.
   *
   * @param ids every requested token with its id
   * @param added how many tokens were new
   * @param size one more than the largest id after extension
   */
  public record Extension(Map<String, Integer> ids, int added, int size) {
    public Extension {
      ids = Map.copyOf(requireNonNull(ids, "ids is null"));
    }
  }

  /**
   * Copies {@code tokenizer.json} (and {@code tokenizer_config.json} when present) from {@code
   * from} to {@code to}, adding {@code tokens}.
   */
  public static Extension extend(Path from, Path to, List<String> tokens) {
    requireNonNull(tokens, "tokens is null");
    Path src = from.resolve("tokenizer.json");
    try {
      JsonNode root = MAPPER.readTree(src.toFile());
      if (!(root instanceof ObjectNode obj) || !(root.get("model") instanceof ObjectNode model)
          || !(model.get("vocab") instanceof ObjectNode vocab)) {
        throw new IllegalArgumentException(src + " is not a BPE tokenizer.json (no model.vocab)");
      }
      Map<String, Integer> known = new HashMap<>();
      int next = 0;
      for (Map.Entry<String, JsonNode> e : vocab.properties()) {
        known.put(e.getKey(), e.getValue().asInt());
        next = Math.max(next, e.getValue().asInt() + 1);
      }
      ArrayNode added = obj.get("added_tokens") instanceof ArrayNode a ? a : obj.putArray("added_tokens");
      for (JsonNode t : added) {
        known.put(t.get("content").asString(), t.get("id").asInt());
        next = Math.max(next, t.get("id").asInt() + 1);
      }
      Map<String, Integer> ids = new HashMap<>();
      int count = 0;
      for (String token : tokens) {
        Integer id = known.get(token);
        if (id == null) {
          id = next++;
          known.put(token, id);
          ObjectNode t = added.addObject();
          t.put("id", id);
          t.put("content", token);
          t.put("single_word", false);
          t.put("lstrip", false);
          t.put("rstrip", false);
          t.put("normalized", false);
          t.put("special", true);
          count++;
        }
        ids.put(token, id);
      }
      Files.createDirectories(to);
      Files.writeString(to.resolve("tokenizer.json"), MAPPER.writeValueAsString(obj));
      Path config = from.resolve("tokenizer_config.json");
      if (Files.isRegularFile(config) && !config.equals(to.resolve("tokenizer_config.json"))) {
        Files.copy(config, to.resolve("tokenizer_config.json"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return new Extension(ids, count, next);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extend tokenizer " + src + " into " + to, e);
    }
  }
}
