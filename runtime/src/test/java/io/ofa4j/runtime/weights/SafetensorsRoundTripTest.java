package io.ofa4j.runtime.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SafetensorsRoundTripTest {
  @TempDir Path dir;

  @Test
  void f32RoundTripIsBitIdenticalAndKeepsMetadata() {
    Map<String, INDArray> tensors = new LinkedHashMap<>();
    tensors.put("a.weight", Nd4j.rand(DataType.FLOAT, 3, 5));
    tensors.put("b.bias", Nd4j.rand(DataType.FLOAT, 7));
    tensors.put("c.scalar", Nd4j.scalar(2.5f));
    Path file = dir.resolve("x.safetensors");
    SafetensorsWriter.write(file, tensors, Map.of("format", "pt"));

    try (SafetensorsFile f = SafetensorsFile.open(file)) {
      assertThat(f.metadata()).containsEntry("format", "pt");
      assertThat(f.tensors()).containsOnlyKeys("a.weight", "b.bias", "c.scalar");
      for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
        INDArray back = f.load(e.getKey(), false);
        assertThat(back.shape()).isEqualTo(e.getValue().shape());
        assertThat(back.data().asFloat()).isEqualTo(e.getValue().data().asFloat());
      }
      assertThat(f.mapped("b.bias").getFloat(4)).isEqualTo(tensors.get("b.bias").getFloat(1));
    }
  }

  @Test
  void bf16AndF16AreWidenedOrKept() {
    INDArray x = Nd4j.createFromArray(new float[] {1f, -2.5f, 0.1f, 65504f, 1e-6f, 0f});
    Map<String, INDArray> tensors = new LinkedHashMap<>();
    tensors.put("h", x.castTo(DataType.HALF));
    tensors.put("b", x.castTo(DataType.BFLOAT16));
    Path file = dir.resolve("half.safetensors");
    SafetensorsWriter.write(file, tensors, Map.of());
    try (SafetensorsFile f = SafetensorsFile.open(file)) {
      assertThat(f.info("h").dtype()).isEqualTo(SafetensorsDtype.F16);
      assertThat(f.info("b").dtype()).isEqualTo(SafetensorsDtype.BF16);
      INDArray h = f.load("h", false);
      INDArray b = f.load("b", false);
      assertThat(h.dataType()).isEqualTo(DataType.FLOAT);
      assertThat(h.data().asFloat()).isEqualTo(x.castTo(DataType.HALF).castTo(DataType.FLOAT).data().asFloat());
      assertThat(b.data().asFloat())
          .isEqualTo(x.castTo(DataType.BFLOAT16).castTo(DataType.FLOAT).data().asFloat());
      assertThat(f.load("b", true).dataType()).isEqualTo(DataType.BFLOAT16);
    }
  }

  @Test
  void halfFloatConversionsMatchNd4j() {
    float[] values = {0f, -0f, 1f, 3.14159f, -65504f, 70000f, 6e-8f, 1e-5f, Float.NaN,
        Float.POSITIVE_INFINITY, 0.33333334f, 1.0009766f};
    INDArray x = Nd4j.createFromArray(values);
    float[] half = x.castTo(DataType.HALF).castTo(DataType.FLOAT).data().asFloat();
    float[] bf = x.castTo(DataType.BFLOAT16).castTo(DataType.FLOAT).data().asFloat();
    for (int i = 0; i < values.length; i++) {
      assertThat(Float.valueOf(HalfFloats.f16ToFloat(HalfFloats.floatToF16(values[i]))))
          .as("f16 of %s", values[i]).isEqualTo(Float.valueOf(half[i]));
      assertThat(Float.valueOf(HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(values[i]))))
          .as("bf16 of %s", values[i]).isEqualTo(Float.valueOf(bf[i]));
    }
  }

  @Test
  void shardedCheckpointRoundTrip() throws Exception {
    Map<String, INDArray> tensors = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      tensors.put("layer." + i + ".weight", Nd4j.rand(DataType.FLOAT, 16, 16));
    }
    Path ckpt = dir.resolve("ckpt");
    SafetensorsCheckpoint.save(ckpt, tensors, Map.of("format", "pt"), 2048);
    assertThat(Files.exists(ckpt.resolve(SafetensorsCheckpoint.INDEX_FILE))).isTrue();
    assertThat(Files.exists(ckpt.resolve("model-00003-of-00003.safetensors"))).isTrue();
    ParameterStore store = new ParameterStore();
    SafetensorsCheckpoint.load(ckpt, store, false);
    assertThat(store.keys()).containsExactlyElementsOf(tensors.keySet());
    for (String k : tensors.keySet()) {
      assertThat(store.get(k).data().asFloat()).isEqualTo(tensors.get(k).data().asFloat());
    }
  }
}
