package io.ofa4j.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Config;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufWriterTest {
  @TempDir Path dir;

  @Test
  void randomCheckpointLoadsAndConvertsToGguf() throws IOException {
    Qwen2Config shape = DecodeBenchmark.shape(32, 2, 4, 2, 64, 300);
    RandomCheckpointWriter.write(shape, dir, 9);
    Qwen2Checkpoint ckpt = Qwen2Checkpoint.load(dir);
    assertThat(ckpt.config()).isEqualTo(shape);
    assertThat(ckpt.parameters().get("model.norm.weight").meanNumber().doubleValue()).isEqualTo(1.0);
    double std = ckpt.parameters().get("model.embed_tokens.weight").stdNumber().doubleValue();
    assertThat(std).isBetween(0.018, 0.022);

    Path gguf = dir.resolve("m.gguf");
    GgufWriter.write(shape, dir.resolve("model.safetensors"), gguf);
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(gguf)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt()).isEqualTo(0x46554747);
    assertThat(b.getInt()).isEqualTo(3);
    assertThat(b.getLong()).isEqualTo(ckpt.parameters().keys().size()); // tensors
    assertThat(b.getLong()).isEqualTo(18); // metadata keys
    long keyLength = b.getLong();
    byte[] key = new byte[(int) keyLength];
    b.get(key);
    assertThat(new String(key, StandardCharsets.UTF_8)).isEqualTo("general.architecture");
    // data section: header + tensor bytes, each tensor aligned to 32
    assertThat(Files.size(gguf) % 32).isZero();
    assertThat(Files.size(gguf)).isGreaterThan(DecodeBenchmark.weightBytes(shape));
  }

  @Test
  void tensorNamesFollowLlamaCpp() {
    assertThat(GgufWriter.ggufName("model.embed_tokens.weight")).isEqualTo("token_embd.weight");
    assertThat(GgufWriter.ggufName("model.layers.3.self_attn.q_proj.bias")).isEqualTo("blk.3.attn_q.bias");
    assertThat(GgufWriter.ggufName("model.layers.0.self_attn.o_proj.weight"))
        .isEqualTo("blk.0.attn_output.weight");
    assertThat(GgufWriter.ggufName("model.layers.1.post_attention_layernorm.weight"))
        .isEqualTo("blk.1.ffn_norm.weight");
    assertThat(GgufWriter.ggufName("model.layers.1.mlp.down_proj.weight")).isEqualTo("blk.1.ffn_down.weight");
    assertThat(GgufWriter.ggufName("lm_head.weight")).isEqualTo("output.weight");
  }
}
