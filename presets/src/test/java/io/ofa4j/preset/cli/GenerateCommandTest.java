package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.preset.cli.GoldenModelDir.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ofa4j generate} on the golden qwen2-tiny checkpoint. */
class GenerateCommandTest {
  private static final String FOX_IDS = "2291,4033,3040,321,2956,77,291,78,87";
  private static final String FOX_GREEDY =
      "[4093,1465,888,1941,1829,2847,1186,792,2656,888,738,3069,888,738,3069,888,190,3585,2117,3102]";
  private final Path dir = GoldenModelDir.qwen2Tiny();
  private final String model = dir.toString();

  @Test
  void greedyIdsMatchTheReference() {
    Run r = GoldenModelDir.run("generate", "--model", model, "--ids", FOX_IDS,
        "--max-new-tokens", "20", "--ignore-eos", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.path("ids").toString()).isEqualTo(FOX_GREEDY);
    assertThat(json.path("finish_reason").stringValue()).isEqualTo("max_new_tokens");
    assertThat(json.path("prompt_ids")).hasSize(9);
  }

  @Test
  void streamsTheSameTextAsJsonReports() {
    Run streamed = GoldenModelDir.run("generate", "--model", model,
        "--prompt", "The quick brown fox", "--max-new-tokens", "20", "--ignore-eos");
    Run json = GoldenModelDir.run("generate", "--model", model,
        "--prompt", "The quick brown fox", "--max-new-tokens", "20", "--ignore-eos", "--json");
    assertThat(streamed.code()).as(streamed.err()).isZero();
    JsonNode parsed = JsonMapper.builder().build().readTree(json.out());
    assertThat(parsed.path("ids").toString()).isEqualTo(FOX_GREEDY);
    assertThat(streamed.out()).isEqualTo(parsed.path("text").stringValue() + System.lineSeparator());
  }

  @Test
  void seededSamplingAndBeamSearchRun() {
    String[] sample = {"generate", "--model", model, "--prompt", "def main():", "--chat",
        "--temperature", "0.8", "--top-p", "0.9", "--seed", "5", "--max-new-tokens", "8", "--json"};
    Run first = GoldenModelDir.run(sample);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(GoldenModelDir.run(sample).out()).isEqualTo(first.out());
    Run beams = GoldenModelDir.run("generate", "--model", model, "--ids", FOX_IDS,
        "--num-beams", "3", "--max-new-tokens", "6", "--no-repeat-ngram-size", "2", "--json");
    assertThat(beams.code()).as(beams.err()).isZero();
    assertThat(JsonMapper.builder().build().readTree(beams.out()).path("ids").size())
        .isBetween(1, 6);
  }

  @Test
  void missingWeightsAreInvalidInputNamingTheFile(@TempDir Path tmp) throws IOException {
    Files.copy(dir.resolve("config.json"), tmp.resolve("config.json"));
    Files.copy(dir.resolve("tokenizer.json"), tmp.resolve("tokenizer.json"));
    Run r = GoldenModelDir.run("generate", "--model", tmp.toString(), "--prompt", "hi");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("model.safetensors");
    Run bad = GoldenModelDir.run("generate", "--model", model, "--prompt", "hi", "--top-p", "2");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("top_p (2.0)");
  }
}
