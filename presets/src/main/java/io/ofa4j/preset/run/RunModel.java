package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.vocab.BundledTokenizer;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.modality.vision.VisionTowerConfig;
import io.ofa4j.preset.recipe.ModelSection;
import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The model of a run: the Qwen2 decoder's config and weights (language model and adapters in one
 * store), the tokenizer extended with the kits' special tokens, and the modality kits.
 *
 * @param config decoder configuration
 * @param store every weight ({@code model.*}, {@code lm_head.*}, {@code adapters.*}, {@code visual.*})
 * @param tokenizer the extended tokenizer
 * @param tokenizerDir where the tokenizer files lie (copied into every checkpoint)
 * @param kits the modality kits whose adapters live in {@code store}
 */
public record RunModel(Qwen2Config config, ParameterStore store, Qwen2Tokenizer tokenizer, Path tokenizerDir,
    KitRegistry kits) {
  /** Motion features per frame (6-D root + 6-D rotations of 21 joints, HumanML3D-like). */
  public static final int MOTION_FEATURES = 6 + 6 * 21;

  public RunModel {
    requireNonNull(config, "config is null");
    requireNonNull(store, "store is null");
    requireNonNull(tokenizer, "tokenizer is null");
    requireNonNull(tokenizerDir, "tokenizerDir is null");
    requireNonNull(kits, "kits is null");
  }

  /**
   * A model from scratch per {@code model}: the bundled tokenizer (extended with the modality
   * tokens) written to {@code tokenizerDir}, weights drawn from {@code seed}, kits (with their
   * adapters) from {@code kitFactory}.
   */
  public static RunModel fromScratch(ModelSection model, Path tokenizerDir, long seed,
      Function<KitSettings, KitRegistry> kitFactory) {
    requireNonNull(model, "model is null");
    if (!"bundled".equals(model.tokenizer())) {
      throw new IllegalArgumentException("model.tokenizer: a from-scratch model uses the bundled tokenizer, found '"
          + model.tokenizer() + "'");
    }
    Qwen2Tokenizer tokenizer = BundledTokenizer.write(tokenizerDir, model.locationBins());
    Qwen2Config config = Qwen2Config.tiny(tokenizer.vocabulary().size(), model.hiddenSize(),
        model.intermediateSize(), model.numHiddenLayers(), model.numAttentionHeads(), model.numKeyValueHeads(),
        model.tieWordEmbeddings());
    if (model.mrope()) {
      config = MropeSections.enable(config);
    }
    ParameterStore store = ParameterInitializer.initialize(config, DataType.FLOAT, 0.02, seed);
    if ("sinusoidal".equals(model.locationInit())) {
      LocationEmbeddingInit.apply(store, config, locationIds(tokenizer));
    }
    KitRegistry kits = kitFactory.apply(kitSettings(model, config.hiddenSize(), model.locationBins()));
    kits.initializeAdapters(store, seed + 1);
    return new RunModel(config, store, tokenizer, tokenizerDir, kits);
  }

  /**
   * The model saved in checkpoint {@code dir} (Hugging Face layout, {@code adapters.safetensors},
   * {@code tokenizer.json}); {@code model} gives the adapter shapes.
   */
  public static RunModel load(Path dir, ModelSection model, Function<KitSettings, KitRegistry> kitFactory) {
    requireNonNull(dir, "dir is null");
    requireNonNull(model, "model is null");
    if (!Files.isRegularFile(dir.resolve("config.json"))) {
      throw new IllegalArgumentException("checkpoint " + dir + " has no config.json: not a checkpoint directory");
    }
    Qwen2Checkpoint lm = Qwen2Checkpoint.load(dir, true);
    ParameterStore store = lm.parameters();
    Path adapters = dir.resolve(CheckpointFiles.ADAPTERS);
    if (Files.isRegularFile(adapters)) {
      try (SafetensorsFile f = SafetensorsFile.open(adapters)) {
        for (String name : f.tensors().keySet()) {
          store.put(name, f.load(name, true));
        }
      }
    }
    if (!Files.isRegularFile(dir.resolve("tokenizer.json"))) {
      throw new IllegalArgumentException("checkpoint " + dir + " has no tokenizer.json");
    }
    Qwen2Tokenizer tokenizer = Qwen2Tokenizer.load(dir);
    KitRegistry kits = kitFactory.apply(kitSettings(model, lm.config().hiddenSize(), locationIds(tokenizer).length));
    return new RunModel(lm.config(), store, tokenizer, dir, kits);
  }

  /** Adapter sizes from the preset's model section, all emitting {@code hidden}; {@code bins} location tokens. */
  public static KitSettings kitSettings(ModelSection model, int hidden, int bins) {
    int embed = model.visionEmbedDim();
    int heads = embed % 4 == 0 ? 4 : embed % 2 == 0 ? 2 : 1;
    VisionTowerConfig vision = new VisionTowerConfig(model.visionDepth(), embed, heads, 2, hidden, 3, 14, 2, 2,
        1e-6, DataType.FLOAT);
    return new KitSettings(hidden, vision, new AudioAdapterConfig(80, 32, hidden, 3), MOTION_FEATURES, 64,
        bins, model.visionPositionCode());
  }

  /** Number of location tokens ({@code <bin_0>}, {@code <bin_1>}, ...) the tokenizer holds. */
  public int locationBins() {
    return locationIds(tokenizer).length;
  }

  /** Ids of {@code <bin_0>}, {@code <bin_1>}, ... in order, as far as the tokenizer has them. */
  static int[] locationIds(Qwen2Tokenizer tokenizer) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; ; i++) {
      OptionalInt id = tokenizer.vocabulary().id(ModalityTokens.bin(i));
      if (id.isEmpty()) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
      }
      ids.add(id.getAsInt());
    }
  }

  /** The special token used for padding ({@code <|endoftext|>}). */
  public int padId() {
    return tokenizer.vocabulary().id("<|endoftext|>").orElseThrow(() ->
        new IllegalStateException("tokenizer has no <|endoftext|>"));
  }

  /** Number of weights. */
  public long parameterCount() {
    return store.parameterCount();
  }
}
