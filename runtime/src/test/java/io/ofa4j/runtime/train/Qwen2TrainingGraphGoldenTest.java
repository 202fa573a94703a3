package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2ConfigReader;
import io.ofa4j.runtime.testing.GoldenFixtures;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The training graph's forward pass against the llama.cpp logits stored in
 * {@code shared/golden/qwen2-tiny} (7 sequences, 98 rows, float32): all sequences in one
 * right-padded batch, so padding must not leak into real positions. Tolerance 1e-5 absolute
 * (the fixture README's suggestion for fp32).
 */
class Qwen2TrainingGraphGoldenTest {
  @Test
  void forwardMatchesTheGoldenLogits() throws IOException {
    Path dir = GoldenFixtures.qwen2Tiny();
    Qwen2Config config = Qwen2ConfigReader.read(dir.resolve("config.json"));
    ParameterStore store = new ParameterStore();
    SafetensorsCheckpoint.load(dir, store, false);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);

    JsonNode meta = new ObjectMapper().readTree(dir.resolve("logits.json").toFile());
    List<int[]> sequences = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (JsonNode s : meta.get("sequences")) {
      int[] ids = new int[s.get("ids").size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = s.get("ids").get(i).asInt();
      }
      sequences.add(ids);
      offsets.add(s.get("row_offset").asInt());
    }
    TrainBatch padded = rightPadded(sequences);
    INDArray logits = graph.logits(padded); // [7, Tmax, V]
    FloatBuffer golden = goldenLogits(dir.resolve("logits.bin"));
    int vocab = config.vocabSize();
    double maxDiff = 0;
    for (int s = 0; s < sequences.size(); s++) {
      for (int t = 0; t < sequences.get(s).length; t++) {
        int row = offsets.get(s) + t;
        for (int v = 0; v < vocab; v++) {
          maxDiff = Math.max(maxDiff, Math.abs(logits.getDouble(s, t, v) - golden.get(row * vocab + v)));
        }
      }
    }
    assertThat(maxDiff).isLessThan(1e-5);
  }

  /** Inference batch: ids right-padded with 0, padding not attended, no loss anywhere. */
  private static TrainBatch rightPadded(List<int[]> sequences) {
    int b = sequences.size();
    int t = sequences.stream().mapToInt(s -> s.length).max().orElseThrow();
    int[][] ids = new int[b][t];
    int[][] labels = new int[b][t];
    int[][] attention = new int[b][t];
    int[][] positions = new int[b][t];
    for (int r = 0; r < b; r++) {
      Arrays.fill(labels[r], TrainBatch.IGNORE_INDEX);
      for (int c = 0; c < t; c++) {
        positions[r][c] = c;
        if (c < sequences.get(r).length) {
          ids[r][c] = sequences.get(r)[c];
          attention[r][c] = 1;
        }
      }
    }
    float[] weights = new float[b];
    Arrays.fill(weights, 1f);
    return new TrainBatch(ids, null, labels, new float[b][t], attention, positions, weights);
  }

  private static FloatBuffer goldenLogits(Path file) {
    try {
      return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
