package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * What ofa4j reads from a Hugging Face {@code tokenizer_config.json}: the special token strings
 * and the chat template. Token fields may be a string, an {@code AddedToken} object with a
 * {@code content} field, or null.
 *
 * @param bosToken {@code bos_token}, or null
 * @param eosToken {@code eos_token}, or null
 * @param padToken {@code pad_token}, or null
 * @param chatTemplate the recognised {@code chat_template}
 */
public record TokenizerConfig(
    String bosToken, String eosToken, String padToken, ChatTemplate chatTemplate) {

  /** The file name inside a model directory. */
  public static final String FILE = "tokenizer_config.json";

  public TokenizerConfig {
    requireNonNull(chatTemplate, "chatTemplate is null");
  }

  /** Reads {@code dir/tokenizer_config.json}; a directory without one gives all-null fields. */
  public static TokenizerConfig read(Path dir) {
    Path file = requireNonNull(dir, "dir is null").resolve(FILE);
    if (!Files.exists(file)) {
      return new TokenizerConfig(null, null, null,
          ChatTemplate.fromJinja(null, file + " (absent) field chat_template"));
    }
    JsonNode root = JsonFiles.read(file);
    return new TokenizerConfig(
        token(root, "bos_token", file),
        token(root, "eos_token", file),
        token(root, "pad_token", file),
        ChatTemplate.fromJinja(template(root, file), file + " field chat_template"));
  }

  private static String token(JsonNode root, String field, Path file) {
    JsonNode node = root.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isObject() && node.path("content").isString()) {
      return node.path("content").stringValue();
    }
    throw new IllegalArgumentException(file + ": field " + field
        + " must be a token string or an object with 'content', found " + node);
  }

  /** A string template, or (newer files) a list of named templates of which "default" is used. */
  private static String template(JsonNode root, Path file) {
    JsonNode node = root.path("chat_template");
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isArray()) {
      for (JsonNode named : node) {
        if ("default".equals(named.path("name").asString(null))) {
          return named.path("template").asString(null);
        }
      }
    }
    throw new IllegalArgumentException(file + ": field chat_template must be a string or a list"
        + " holding a template named 'default', found " + node.getNodeType());
  }
}
