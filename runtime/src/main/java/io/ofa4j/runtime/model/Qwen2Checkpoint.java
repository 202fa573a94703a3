package io.ofa4j.runtime.model;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import io.ofa4j.runtime.weights.SafetensorsDtype;
import io.ofa4j.runtime.weights.SafetensorsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Qwen2 checkpoint in Hugging Face layout: {@code config.json}, {@code model.safetensors} (or
 * shards with {@code model.safetensors.index.json}), and, copied along when present, the
 * tokenizer files and {@code generation_config.json}. A checkpoint from the Hub loads as is and
 * a saved one loads back into {@code transformers}.
 *
 * @param config the model configuration
 * @param parameters the weights (language model keys plus any others, e.g. adapters)
 * @param sourceDir the directory it was loaded from (tokenizer files are copied from there on
 *     save), if any
 */
public record Qwen2Checkpoint(Qwen2Config config, ParameterStore parameters,
    Optional<Path> sourceDir) {
  /** Files copied unchanged from the source directory on save. */
  public static final List<String> SIDE_FILES = List.of("tokenizer.json", "tokenizer_config.json",
      "vocab.json", "merges.txt", "special_tokens_map.json", "added_tokens.json",
      "generation_config.json", "chat_template.json");

  /** transformers' default {@code max_shard_size} (5 GB). */
  public static final long DEFAULT_MAX_SHARD_BYTES = 5_000_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(Qwen2Checkpoint.class);

  public Qwen2Checkpoint {
    requireNonNull(config, "config is null");
    requireNonNull(parameters, "parameters is null");
    requireNonNull(sourceDir, "sourceDir is null");
  }

  /** Loads {@code dir}, widening F16/BF16 weights to F32. */
  public static Qwen2Checkpoint load(Path dir) {
    return load(dir, false);
  }

  /**
   * Loads {@code dir}. Every language-model weight the config implies must be present with its
   * shape; a {@code model.*} or {@code lm_head.*} tensor the config does not imply is an error
   * (except {@code rotary_emb.inv_freq} buffers of old checkpoints, and {@code lm_head.weight} of
   * a tied model, both dropped as {@code transformers} does). Other keys (adapters) are kept.
   */
  public static Qwen2Checkpoint load(Path dir, boolean keepDtype) {
    requireNonNull(dir, "dir is null");
    Qwen2Config config = Qwen2ConfigReader.read(dir.resolve(Qwen2ConfigReader.FILE_NAME));
    ParameterStore store = new ParameterStore();
    SafetensorsCheckpoint.load(dir, store, keepDtype);
    Map<String, long[]> expected = Qwen2WeightNames.expected(config);
    for (String key : List.copyOf(store.keys())) {
      if (key.endsWith(".rotary_emb.inv_freq")) {
        store.remove(key);
      } else if (config.tieWordEmbeddings() && key.equals(Qwen2WeightNames.LM_HEAD)) {
        LOG.warn("{}: dropping lm_head.weight of a tied model (tie_word_embeddings is true)", dir);
        store.remove(key);
      } else if (Qwen2WeightNames.isLanguageModelKey(key) && !expected.containsKey(key)) {
        throw new SafetensorsException(dir + ": unexpected tensor '" + key + "' for a Qwen2 model"
            + " with " + config.numHiddenLayers() + " layers"
            + (config.tieWordEmbeddings() ? " and tied embeddings" : ""));
      }
    }
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      if (!store.contains(e.getKey())) {
        throw new SafetensorsException(dir + ": missing tensor '" + e.getKey() + "'"
            + (e.getKey().equals(Qwen2WeightNames.LM_HEAD)
                ? " (config.json says tie_word_embeddings is false)" : ""));
      }
      INDArray a = store.get(e.getKey());
      if (!Arrays.equals(a.shape(), e.getValue())) {
        throw new SafetensorsException(dir + ": tensor '" + e.getKey() + "' has shape "
            + Arrays.toString(a.shape()) + ", config.json implies " + Arrays.toString(e.getValue()));
      }
    }
    return new Qwen2Checkpoint(config, store, Optional.of(dir));
  }

  /** Saves to {@code dir} with {@link #DEFAULT_MAX_SHARD_BYTES} shards. */
  public void save(Path dir) {
    save(dir, DEFAULT_MAX_SHARD_BYTES);
  }

  /**
   * Saves config, weights (in the arrays' own dtype; {@code torch_dtype} follows the embedding's
   * dtype) and the side files of {@link #sourceDir} to {@code dir}.
   */
  public void save(Path dir, long maxShardBytes) {
    requireNonNull(dir, "dir is null");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    INDArray embed = parameters.get(Qwen2WeightNames.EMBED_TOKENS);
    Qwen2ConfigReader.write(withTorchDtype(config, SafetensorsDtype.of(embed.dataType()).torchName()),
        dir.resolve(Qwen2ConfigReader.FILE_NAME));
    SafetensorsCheckpoint.save(dir, parameters.asMap(), Map.of("format", "pt"), maxShardBytes);
    if (sourceDir.isPresent() && !isSameDir(sourceDir.get(), dir)) {
      for (String name : SIDE_FILES) {
        Path src = sourceDir.get().resolve(name);
        if (Files.isRegularFile(src)) {
          try {
            Files.copy(src, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + src + " to " + dir, e);
          }
        }
      }
    }
  }

  private static boolean isSameDir(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Qwen2Config withTorchDtype(Qwen2Config c, String dtype) {
    return new Qwen2Config(c.vocabSize(), c.hiddenSize(), c.intermediateSize(),
        c.numHiddenLayers(), c.numAttentionHeads(), c.numKeyValueHeads(), c.explicitHeadDim(),
        c.hiddenAct(), c.maxPositionEmbeddings(), c.rmsNormEps(), c.ropeTheta(), c.ropeScaling(),
        c.tieWordEmbeddings(), c.bosTokenId(), c.eosTokenIds(), c.useSlidingWindow(),
        c.slidingWindow(), c.maxWindowLayers(), dtype);
  }
}
