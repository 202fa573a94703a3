package io.ofa4j.runtime.multitask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads metrics.jsonl in tests. */
final class MetricsFile {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private MetricsFile() {}

  static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        out.add(MAPPER.readTree(line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "step task loss" of every train line, losses as doubles. */
  static List<double[]> trainLosses(Path file) {
    return lines(file).stream().filter(n -> n.get("kind").asString().equals("train"))
        .map(n -> new double[] {n.get("step").asLong(), n.get("task").asString().equals("count") ? 0 : 1,
            n.get("loss").asDouble()})
        .toList();
  }
}
