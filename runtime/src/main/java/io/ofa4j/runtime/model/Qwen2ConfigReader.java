package io.ofa4j.runtime.model;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a Hugging Face Qwen2 / Qwen2.5 {@code config.json}. Absent keys take the
 * defaults of {@code transformers.Qwen2Config}; every problem is reported as
 * {@code config.json: <field> (<value>) <reason>}.
 */
public final class Qwen2ConfigReader {
  /** File name of the configuration inside a checkpoint directory. */
  public static final String FILE_NAME = "config.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Qwen2ConfigReader() {}

  /** Reads {@code config.json} from a file (or from a directory holding one). */
  public static Qwen2Config read(Path path) {
    requireNonNull(path, "path is null");
    Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.getFileName().toString());
  }

  /** Parses config JSON text; {@code source} names the file in error messages. */
  public static Qwen2Config parse(String json, String source) {
    requireNonNull(json, "json is null");
    requireNonNull(source, "source is null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object at the top level");
    }
    Fields f = new Fields(root, source);
    String modelType = f.string("model_type", "qwen2");
    if (!modelType.startsWith("qwen2")) {
      throw new IllegalArgumentException(
          source + ": model_type ('" + modelType + "') is not a Qwen2 model type");
    }
    int heads = f.integer("num_attention_heads", 32);
    int kvHeads = f.has("num_key_value_heads") ? f.integer("num_key_value_heads", heads) : heads;
    try {
      return new Qwen2Config(
          f.integer("vocab_size", 151936),
          f.integer("hidden_size", 4096),
          f.integer("intermediate_size", 22016),
          f.integer("num_hidden_layers", 32),
          heads,
          kvHeads,
          f.integer("head_dim", 0),
          f.string("hidden_act", "silu"),
          f.integer("max_position_embeddings", 32768),
          f.number("rms_norm_eps", 1e-6),
          f.number("rope_theta", 10000.0),
          f.map("rope_scaling"),
          f.bool("tie_word_embeddings", false),
          f.integer("bos_token_id", -1),
          f.intList("eos_token_id"),
          f.bool("use_sliding_window", false),
          f.integer("sliding_window", 4096),
          f.integer("max_window_layers", 28),
          f.string("torch_dtype", "float32"));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(source + ": ")) {
        throw e; // already names the file (a type error from Fields)
      }
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code config} as a Hugging Face {@code config.json} (Qwen2ForCausalLM). */
  public static void write(Qwen2Config config, Path file) {
    requireNonNull(file, "file is null");
    try {
      Files.writeString(file, toJson(config));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The {@code config.json} text for {@code config}. */
  public static String toJson(Qwen2Config config) {
    requireNonNull(config, "config is null");
    ObjectNode o = MAPPER.createObjectNode();
    o.putArray("architectures").add("Qwen2ForCausalLM");
    o.put("model_type", "qwen2");
    o.put("vocab_size", config.vocabSize());
    o.put("hidden_size", config.hiddenSize());
    o.put("intermediate_size", config.intermediateSize());
    o.put("num_hidden_layers", config.numHiddenLayers());
    o.put("num_attention_heads", config.numAttentionHeads());
    o.put("num_key_value_heads", config.numKeyValueHeads());
    if (config.explicitHeadDim() > 0) {
      o.put("head_dim", config.explicitHeadDim());
    }
    o.put("hidden_act", config.hiddenAct());
    o.put("max_position_embeddings", config.maxPositionEmbeddings());
    o.put("rms_norm_eps", config.rmsNormEps());
    o.put("rope_theta", config.ropeTheta());
    if (config.ropeScaling().isEmpty()) {
      o.putNull("rope_scaling");
    } else {
      o.set("rope_scaling", MAPPER.valueToTree(config.ropeScaling()));
    }
    o.put("tie_word_embeddings", config.tieWordEmbeddings());
    if (config.bosTokenId() >= 0) {
      o.put("bos_token_id", config.bosTokenId());
    }
    if (config.eosTokenIds().size() == 1) {
      o.put("eos_token_id", config.eosTokenIds().get(0));
    } else if (!config.eosTokenIds().isEmpty()) {
      ArrayNode eos = o.putArray("eos_token_id");
      config.eosTokenIds().forEach(eos::add);
    }
    o.put("use_sliding_window", config.useSlidingWindow());
    o.put("sliding_window", config.slidingWindow());
    o.put("max_window_layers", config.maxWindowLayers());
    o.put("torch_dtype", config.torchDtype());
    o.put("use_cache", true);
    return MAPPER.writeValueAsString(o) + "\n";
  }

  /** Typed access to the top-level keys, with errors naming the key and the value found. */
  private record Fields(JsonNode root, String source) {
    boolean has(String key) {
      JsonNode n = root.get(key);
      return n != null && !n.isNull();
    }

    private IllegalArgumentException bad(String key, JsonNode value, String expected) {
      return new IllegalArgumentException(
          source + ": " + key + " (" + value + ") must be " + expected);
    }

    int integer(String key, int fallback) {
      if (!has(key)) {
        return fallback;
      }
      JsonNode n = root.get(key);
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw bad(key, n, "an integer");
      }
      return n.intValue();
    }

    double number(String key, double fallback) {
      if (!has(key)) {
        return fallback;
      }
      JsonNode n = root.get(key);
      if (!n.isNumber()) {
        throw bad(key, n, "a number");
      }
      return n.doubleValue();
    }

    boolean bool(String key, boolean fallback) {
      if (!has(key)) {
        return fallback;
      }
      JsonNode n = root.get(key);
      if (!n.isBoolean()) {
        throw bad(key, n, "true or false");
      }
      return n.booleanValue();
    }

    String string(String key, String fallback) {
      if (!has(key)) {
        return fallback;
      }
      JsonNode n = root.get(key);
      if (!n.isString()) {
        throw bad(key, n, "a string");
      }
      return n.stringValue();
    }

    /** An int or a list of ints (HF allows both for {@code eos_token_id}). */
    List<Integer> intList(String key) {
      if (!has(key)) {
        return List.of();
      }
      JsonNode n = root.get(key);
      List<Integer> out = new ArrayList<>();
      if (n.isIntegralNumber() && n.canConvertToInt()) {
        out.add(n.intValue());
      } else if (n.isArray()) {
        for (JsonNode e : n) {
          if (!e.isIntegralNumber() || !e.canConvertToInt()) {
            throw bad(key, n, "an integer or a list of integers");
          }
          out.add(e.intValue());
        }
      } else {
        throw bad(key, n, "an integer or a list of integers");
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
      if (!has(key)) {
        return Map.of();
      }
      JsonNode n = root.get(key);
      if (!n.isObject()) {
        throw bad(key, n, "an object or null");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      MAPPER.treeToValue(n, Map.class).forEach((k, v) -> {
        if (v != null) {
          out.put((String) k, v);
        }
      });
      return out;
    }
  }
}
