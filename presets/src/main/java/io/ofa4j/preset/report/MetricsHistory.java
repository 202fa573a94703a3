package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curves of a run read from {@code metrics.jsonl} (written by the runtime's
 * {@code MetricsLog}): training loss per task, and every evaluation metric per task.
 *
 * @param trainLoss task -> (step, loss) in file order; non-finite (skipped) steps left out
 * @param evalMetrics task -> metric -> (step, value)
 */
public record MetricsHistory(Map<String, List<Point>> trainLoss, Map<String, Map<String, List<Point>>> evalMetrics) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public MetricsHistory {
    requireNonNull(trainLoss, "trainLoss is null");
    requireNonNull(evalMetrics, "evalMetrics is null");
  }

  /** Reads {@code file}; a malformed line is an error naming the file and line number. */
  public static MetricsHistory read(Path file) {
    requireNonNull(file, "file is null");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, List<Point>> loss = new LinkedHashMap<>();
    Map<String, Map<String, List<Point>>> evals = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode o = parse(line, where);
      String kind = text(o, "kind", where);
      String task = text(o, "task", where);
      long step = number(o, "step", where).asLong();
      switch (kind) {
        case "train" -> {
          boolean skipped = o.has("non_finite") && o.get("non_finite").asBoolean();
          double v = value(number(o, "loss", where));
          if (!skipped && Double.isFinite(v)) {
            loss.computeIfAbsent(task, k -> new ArrayList<>()).add(new Point(step, v));
          }
        }
        case "eval" -> {
          JsonNode m = o.get("metrics");
          if (m == null || !m.isObject()) {
            throw new IllegalArgumentException(where + ": eval line without a 'metrics' object");
          }
          for (Map.Entry<String, JsonNode> e : m.properties()) {
            evals.computeIfAbsent(task, k -> new LinkedHashMap<>())
                .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(new Point(step, value(number(m, e.getKey(), where))));
          }
        }
        default -> throw new IllegalArgumentException(where + ": unknown kind '" + kind
            + "', expected 'train' or 'eval'");
      }
    }
    return new MetricsHistory(loss, evals);
  }

  private static JsonNode parse(String line, String where) {
    try {
      JsonNode o = MAPPER.readTree(line);
      if (o == null || !o.isObject()) {
        throw new IllegalArgumentException(where + ": not a JSON object: " + line);
      }
      return o;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A number, or Jackson's string form of a non-finite double ({@code "NaN"}, {@code "-Infinity"}). */
  private static double value(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.parseDouble(n.asString());
  }

  private static String text(JsonNode o, String field, String where) {
    JsonNode n = o.get(field);
    if (n == null || !n.isString()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' is " + n + ", expected a string");
    }
    return n.asString();
  }

  private static JsonNode number(JsonNode o, String field, String where) {
    JsonNode n = o.get(field);
    // NaN / Infinity are written as strings by Jackson
    if (n == null || !(n.isNumber() || n.isString() && n.asString().matches("-?(NaN|Infinity)"))) {
      throw new IllegalArgumentException(where + ": field '" + field + "' is " + n + ", expected a number");
    }
    return n;
  }
}
