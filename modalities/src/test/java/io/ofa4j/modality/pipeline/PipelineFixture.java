package io.ofa4j.modality.pipeline;

import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.pipeline.encode.Collator;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.kit.BuiltInKits;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.vocab.BundledTokenizer;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/** A tiny from-scratch multimodal model: bundled tokenizer, hidden 16, one layer, tiny adapters. */
final class PipelineFixture {
  static final int HIDDEN = 16;
  static final int MOTION_FEATURES = 12;

  final Qwen2Tokenizer tokenizer;
  final Qwen2Config config;
  final ParameterStore store;
  final KitRegistry kits;
  final KitContext ctx;
  final SequenceBuilder builder;
  final Qwen2TrainingGraph graph;
  final Collator collator;

  PipelineFixture(Path dir, DataType dtype, long seed) {
    tokenizer = BundledTokenizer.write(dir, 1000);
    // Qwen2-VL style: M-RoPE sections over the 4 rotary frequencies of head_dim 8
    config = new Qwen2Config(tokenizer.vocabulary().size(), HIDDEN, 32, 1, 2, 1, 0, "silu", 512, 1e-6, 1e6,
        java.util.Map.of("type", "mrope", "mrope_section", java.util.List.of(2, 1, 1)), true, -1,
        java.util.List.of(), false, 0, 1, "float32");
    store = ParameterInitializer.initialize(config, dtype, 0.1, seed);
    kits = BuiltInKits.registry(KitSettings.tiny(HIDDEN, MOTION_FEATURES).withDataType(dtype));
    kits.initializeAdapters(store, seed + 1);
    ctx = KitContext.of(tokenizer, 1000, false, seed);
    builder = new SequenceBuilder(kits, ctx);
    graph = new Qwen2TrainingGraph(config, store, 0.0);
    collator = new Collator(tokenizer.vocabulary().id("<|endoftext|>").orElseThrow());
  }

  static TaskPlan plan(String instruction) {
    return Planner.builtIn().plan(instruction).template(1);
  }

  /** A seeded random RGB image. */
  static RgbImage image(int width, int height, long seed) {
    byte[] rgb = new byte[width * height * 3];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (byte) r.nextInt(256);
    }
    return new RgbImage(width, height, rgb);
  }

  /** A solid-colour image (easy to tell apart). */
  static RgbImage solid(int width, int height, int red, int green, int blue) {
    byte[] rgb = new byte[width * height * 3];
    for (int i = 0; i < rgb.length; i += 3) {
      rgb[i] = (byte) red;
      rgb[i + 1] = (byte) green;
      rgb[i + 2] = (byte) blue;
    }
    return new RgbImage(width, height, rgb);
  }
}
