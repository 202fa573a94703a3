package io.ofa4j.preset.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny two-task preset (sentiment, grounding with a box output) that trains in seconds. */
public final class TinyPreset {
  private TinyPreset() {}

  /** Writes the preset into {@code dir} and returns its path. */
  public static Path write(Path dir, int steps) {
    String yaml = """
        extends: base
        name: tiny
        model:
          hidden_size: 32
          intermediate_size: 64
          num_hidden_layers: 1
          num_attention_heads: 2
          num_key_value_heads: 1
          vision_depth: 1
          vision_embed_dim: 16
        tasks:
          - name: sst2
            micro_batch_size: 4
            data: {source: synthetic, train: 24, validation: 6}
          - name: refcoco
            micro_batch_size: 2
            data: {source: synthetic, train: 8, validation: 3}
        trainer:
          steps: %d
          warmup_steps: 1
          eval_every: 0
          checkpoint_every: 2
          keep_last: 1
        """.formatted(steps);
    try {
      Path p = dir.resolve("tiny.yaml");
      Files.writeString(p, yaml);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
