package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void tinyDecodeBenchmarkPrintsATable() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "bench", "decode", "--dir", dir.toString(), "--hidden", "32",
        "--layers", "1", "--heads", "2", "--kv-heads", "1", "--intermediate", "64", "--vocab", "128",
        "--prompt-tokens", "4", "--new-tokens", "3", "--threads", "1");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("model qwen2-h32-l1-a2-kv1-i64-v128")
        .contains("| ofa4j eager (Vector API, 1 threads)")
        .contains("decode tok/s");
    assertThat(dir.resolve("qwen2-h32-l1-a2-kv1-i64-v128").resolve("model.safetensors")).exists();
  }

  @Test
  void invalidShapeIsAnInputError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "bench", "decode", "--dir", dir.toString(), "--heads", "5",
        "--kv-heads", "2");
    assertThat(code).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err.toString()).contains("num_attention_heads (5)");
  }
}
