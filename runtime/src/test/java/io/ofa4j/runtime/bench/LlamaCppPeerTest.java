package io.ofa4j.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2ConfigReader;
import io.ofa4j.runtime.testing.GoldenFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The llama.cpp peer reproduces the golden greedy continuation from our GGUF conversion of
 * qwen2-tiny (so the peer in {@code bench decode --llama-cpp} runs the same model). Slow: it
 * installs node-llama-cpp with npm on first use.
 */
@Tag("slow")
class LlamaCppPeerTest {
  @TempDir Path tmp;

  @Test
  void ggufOfTheGoldenModelGivesTheGoldenGreedyIds() throws IOException {
    assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed");
    Path golden = GoldenFixtures.qwen2Tiny();
    Path ckpt = tmp.resolve("tiny");
    Files.createDirectories(ckpt);
    Files.copy(golden.resolve("config.json"), ckpt.resolve("config.json"));
    Files.copy(golden.resolve("model.safetensors"), ckpt.resolve("model.safetensors"));
    Qwen2Config config = Qwen2ConfigReader.read(ckpt);
    JsonNode c = JsonMapper.builder().build()
        .readTree(Files.readString(golden.resolve("greedy.json"))).get("cases").get(0);
    int[] prompt = ints(c.get("prompt_ids"));
    int[] want = ints(c.get("generated"));
    Path nodeDir = Path.of(System.getProperty("java.io.tmpdir"), "ofa4j-bench", "node-llama-cpp");
    LlamaCppPeer.Run run = LlamaCppPeer.run(config, ckpt, nodeDir, prompt, want.length, 2);
    assertThat(run.generated()).containsExactly(want);
  }

  private static int[] ints(JsonNode a) {
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).intValue();
    }
    return out;
  }

  private static boolean onPath(String exe) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, exe))) {
        return true;
      }
    }
    return false;
  }
}
