package io.ofa4j.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.HalfFloats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class Bf16CheckpointWriterTest {
  @TempDir Path dir;

  @Test
  void convertsEveryTensorToRoundedBf16AndToABf16Gguf() throws IOException {
    Qwen2Config shape = DecodeBenchmark.shape(32, 2, 4, 2, 64, 300);
    Path f32Dir = dir.resolve("f32");
    Path bf16Dir = dir.resolve("bf16");
    RandomCheckpointWriter.write(shape, f32Dir, 9);
    Bf16CheckpointWriter.write(shape, f32Dir, bf16Dir);

    Qwen2Checkpoint f32 = Qwen2Checkpoint.load(f32Dir);
    Qwen2Checkpoint bf16 = Qwen2Checkpoint.load(bf16Dir, true);
    assertThat(bf16.parameters().keys()).isEqualTo(f32.parameters().keys());
    for (String key : f32.parameters().keys()) {
      INDArray half = bf16.parameters().get(key);
      assertThat(half.dataType()).as(key).isEqualTo(DataType.BFLOAT16);
      float[] want = f32.parameters().get(key).data().asFloat();
      float[] got = half.castTo(DataType.FLOAT).data().asFloat();
      for (int i = 0; i < want.length; i += 7) {
        float rounded = HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(want[i]));
        assertThat(got[i]).as("%s[%d]", key, i).isEqualTo(rounded);
      }
    }
    assertThat(Files.size(bf16Dir.resolve("model.safetensors")))
        .isBetween(DecodeBenchmark.weightBytes(shape, 2), DecodeBenchmark.weightBytes(shape, 2) + 65536);

    // GGUF: BF16 matrices (2 bytes a value), 1-D tensors widened to F32 (4 bytes a value)
    Path gguf = dir.resolve("m-bf16.gguf");
    GgufWriter.write(shape, bf16Dir.resolve("model.safetensors"), gguf);
    long vectorValues = f32.parameters().keys().stream()
        .filter(k -> f32.parameters().get(k).rank() == 1)
        .mapToLong(k -> f32.parameters().get(k).length()).sum();
    long data = DecodeBenchmark.weightBytes(shape, 2) + 2 * vectorValues;
    GgufWriter.write(shape, f32Dir.resolve("model.safetensors"), dir.resolve("m-f32.gguf"));
    long f32Size = Files.size(dir.resolve("m-f32.gguf"));
    // same header size; the data shrinks by the BF16 savings, give or take the 32-byte padding
    assertThat(f32Size - Files.size(gguf))
        .isBetween(DecodeBenchmark.weightBytes(shape, 4) - data - 32L * 40,
            DecodeBenchmark.weightBytes(shape, 4) - data + 32L * 40);
  }
}
