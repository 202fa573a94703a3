package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.tokenizer.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a model's generation defaults from Hugging Face {@code generation_config.json} into a
 * {@link GenerationConfig.Builder}, to which command-line or task overrides are then applied.
 * Fields absent from the file keep the Hugging Face defaults; {@code max_length} is not read
 * (ofa4j counts new tokens only). A wrong type is an error naming the file, the field and the
 * value found.
 */
public final class GenerationConfigReader {
  /** The file name inside a model directory. */
  public static final String FILE = "generation_config.json";

  private GenerationConfigReader() {}

  /** Defaults from {@code dir/generation_config.json}, or plain defaults without that file. */
  public static GenerationConfig.Builder read(Path dir) {
    Path file = requireNonNull(dir, "dir is null").resolve(FILE);
    GenerationConfig.Builder b = GenerationConfig.builder();
    if (!Files.exists(file)) {
      return b;
    }
    JsonNode root = JsonFiles.read(file);
    Fields f = new Fields(root, file);
    if (f.has("max_new_tokens")) {
      b.optMaxNewTokens(f.integer("max_new_tokens"));
    }
    if (f.has("min_new_tokens")) {
      b.optMinNewTokens(f.integer("min_new_tokens"));
    }
    if (f.has("do_sample")) {
      b.optDoSample(f.bool("do_sample"));
    }
    if (f.has("temperature")) {
      b.optTemperature(f.number("temperature"));
    }
    if (f.has("top_k")) {
      b.optTopK(f.integer("top_k"));
    }
    if (f.has("top_p")) {
      b.optTopP(f.number("top_p"));
    }
    if (f.has("repetition_penalty")) {
      b.optRepetitionPenalty(f.number("repetition_penalty"));
    }
    if (f.has("num_beams")) {
      b.optNumBeams(f.integer("num_beams"));
    }
    if (f.has("length_penalty")) {
      b.optLengthPenalty(f.number("length_penalty"));
    }
    if (f.has("early_stopping")) {
      // HF also allows "never"; it behaves as false here (the heuristic stop).
      JsonNode node = root.get("early_stopping");
      b.optEarlyStopping(node.isString() ? false : f.bool("early_stopping"));
    }
    if (f.has("no_repeat_ngram_size")) {
      b.optNoRepeatNgramSize(f.integer("no_repeat_ngram_size"));
    }
    b.optEosTokenIds(JsonFiles.intOrList(root, "eos_token_id", file));
    b.optPadTokenId(JsonFiles.optionalId(root, "pad_token_id", file));
    if (f.has("stop_strings")) {
      b.optStopStrings(f.strings("stop_strings"));
    }
    return b;
  }

  /** Typed access to the fields of one file, with errors naming file and field. */
  private record Fields(JsonNode root, Path file) {
    boolean has(String field) {
      return root.has(field) && !root.get(field).isNull();
    }

    int integer(String field) {
      JsonNode node = root.get(field);
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw error(field, "an integer", node);
      }
      return node.intValue();
    }

    double number(String field) {
      JsonNode node = root.get(field);
      if (!node.isNumber()) {
        throw error(field, "a number", node);
      }
      return node.doubleValue();
    }

    boolean bool(String field) {
      JsonNode node = root.get(field);
      if (!node.isBoolean()) {
        throw error(field, "true or false", node);
      }
      return node.booleanValue();
    }

    List<String> strings(String field) {
      JsonNode node = root.get(field);
      List<String> out = new ArrayList<>();
      if (node.isString()) {
        out.add(node.stringValue());
        return out;
      }
      for (JsonNode item : node) {
        if (!item.isString()) {
          throw error(field, "a string or a list of strings", node);
        }
        out.add(item.stringValue());
      }
      if (!node.isArray()) {
        throw error(field, "a string or a list of strings", node);
      }
      return out;
    }

    private IllegalArgumentException error(String field, String expected, JsonNode found) {
      return new IllegalArgumentException(
          file + ": field " + field + " must be " + expected + ", found " + found);
    }
  }
}
