package io.ofa4j.runtime.weights;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The weights of a Hugging Face checkpoint directory: either one {@code model.safetensors} or
 * shards listed by {@code model.safetensors.index.json} ({@code weight_map}: tensor -> shard
 * file, as {@code transformers} writes with {@code max_shard_size}).
 */
public final class SafetensorsCheckpoint {
  /** Single-file weights. */
  public static final String SINGLE_FILE = "model.safetensors";
  /** Index of a sharded checkpoint. */
  public static final String INDEX_FILE = "model.safetensors.index.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SafetensorsCheckpoint() {}

  /** Whether {@code dir} holds safetensors weights in either layout. */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(SINGLE_FILE)) || Files.isRegularFile(dir.resolve(INDEX_FILE));
  }

  /**
   * Loads every tensor of the checkpoint in {@code dir} into {@code store} (F16/BF16 widened to
   * F32 unless {@code keepDtype}). Sharded checkpoints are checked against their index: a tensor
   * the index names but its shard lacks, or a shard tensor the index does not name, is an error.
   */
  public static void load(Path dir, ParameterStore store, boolean keepDtype) {
    requireNonNull(dir, "dir is null");
    requireNonNull(store, "store is null");
    Path index = dir.resolve(INDEX_FILE);
    if (Files.isRegularFile(index)) {
      Map<String, List<String>> byShard = readIndex(index);
      for (Map.Entry<String, List<String>> shard : byShard.entrySet()) {
        Path file = dir.resolve(shard.getKey());
        try (SafetensorsFile f = SafetensorsFile.open(file)) {
          Set<String> unexpected = new LinkedHashSet<>(f.tensors().keySet());
          for (String name : shard.getValue()) {
            if (!f.tensors().containsKey(name)) {
              throw new SafetensorsException(file + ": missing tensor '" + name
                  + "' (listed in " + INDEX_FILE + ")");
            }
            unexpected.remove(name);
          }
          if (!unexpected.isEmpty()) {
            throw new SafetensorsException(file + ": unexpected tensor '" + unexpected.iterator().next()
                + "' (not listed for this shard in " + INDEX_FILE + ")");
          }
          for (String name : shard.getValue()) {
            store.put(name, f.load(name, keepDtype));
          }
        }
      }
      return;
    }
    Path single = dir.resolve(SINGLE_FILE);
    if (!Files.isRegularFile(single)) {
      throw new SafetensorsException(dir + ": neither " + SINGLE_FILE + " nor " + INDEX_FILE + " found");
    }
    try (SafetensorsFile f = SafetensorsFile.open(single)) {
      for (String name : f.tensors().keySet()) {
        store.put(name, f.load(name, keepDtype));
      }
    }
  }

  /** Reads the index: shard file -> its tensors, in first-seen order. */
  static Map<String, List<String>> readIndex(Path index) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(index));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + index, e);
    } catch (JacksonException e) {
      throw new SafetensorsException(index + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode map = root == null ? null : root.get("weight_map");
    if (map == null || !map.isObject()) {
      throw new SafetensorsException(index + ": weight_map (" + map + ") is missing or not an object");
    }
    Map<String, List<String>> byShard = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      String shard = e.getValue().isString() ? e.getValue().stringValue() : null;
      if (shard == null || shard.isEmpty() || shard.contains("/") || shard.contains("\\")
          || shard.startsWith(".")) {
        throw new SafetensorsException(index + ": weight_map entry for tensor '" + e.getKey()
            + "' (" + e.getValue() + ") is not a shard file name in this directory");
      }
      Path file = index.resolveSibling(shard);
      if (!Files.isRegularFile(file)) {
        throw new SafetensorsException(index + ": shard '" + shard + "' of tensor '" + e.getKey()
            + "' does not exist");
      }
      byShard.computeIfAbsent(shard, k -> new ArrayList<>()).add(e.getKey());
    }
    return byShard;
  }

  /**
   * Writes {@code tensors} to {@code dir}: one {@code model.safetensors} when they fit in
   * {@code maxShardBytes}, else shards {@code model-00001-of-0000N.safetensors} plus the index.
   * Every file carries {@code metadata} ({@code {"format": "pt"}} lets HF tools load it).
   */
  public static void save(Path dir, Map<String, INDArray> tensors, Map<String, String> metadata,
      long maxShardBytes) {
    requireNonNull(dir, "dir is null");
    requireNonNull(tensors, "tensors is null");
    if (maxShardBytes <= 0) {
      throw new IllegalArgumentException("maxShardBytes (" + maxShardBytes + ") must be > 0");
    }
    List<SafetensorsWriter.Entry> entries = tensors.entrySet().stream()
        .map(e -> SafetensorsWriter.Entry.of(e.getKey(), e.getValue())).toList();
    List<List<SafetensorsWriter.Entry>> shards = new ArrayList<>();
    long total = 0;
    long current = 0;
    for (SafetensorsWriter.Entry e : entries) {
      if (shards.isEmpty() || (current > 0 && current + e.byteCount() > maxShardBytes)) {
        shards.add(new ArrayList<>());
        current = 0;
      }
      shards.get(shards.size() - 1).add(e);
      current += e.byteCount();
      total += e.byteCount();
    }
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve(INDEX_FILE));
      Files.deleteIfExists(dir.resolve(SINGLE_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
    if (shards.size() <= 1) {
      SafetensorsWriter.write(dir.resolve(SINGLE_FILE), entries, metadata);
      return;
    }
    ObjectNode index = MAPPER.createObjectNode();
    index.putObject("metadata").put("total_size", total);
    ObjectNode weightMap = index.putObject("weight_map");
    for (int i = 0; i < shards.size(); i++) {
      String name = String.format("model-%05d-of-%05d.safetensors", i + 1, shards.size());
      SafetensorsWriter.write(dir.resolve(name), shards.get(i), metadata);
      shards.get(i).forEach(e -> weightMap.put(e.name(), name));
    }
    try {
      Files.writeString(dir.resolve(INDEX_FILE), MAPPER.writeValueAsString(index) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(INDEX_FILE), e);
    }
  }
}
