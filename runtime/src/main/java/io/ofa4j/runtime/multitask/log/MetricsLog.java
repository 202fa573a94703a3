package io.ofa4j.runtime.multitask.log;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code metrics.jsonl}: one JSON object per line.
 *
 * <pre>
 * {"kind":"train","step":3,"task":"caption","loss":2.1,"tokens":96,"lr":0.001,"tokens_per_s":850.0,"grad_norm":0.7,"non_finite":false}
 * {"kind":"eval","step":10,"task":"caption","metrics":{"loss":2.0,"token_accuracy":0.31}}
 * </pre>
 *
 * Steps are 1-based (the step just completed). A resumed run drops the lines past the step it
 * resumes from, so the file reads as one uninterrupted run.
 */
public final class MetricsLog implements AutoCloseable {
  /** The file name inside a run directory. */
  public static final String FILE_NAME = "metrics.jsonl";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Path file;
  private final BufferedWriter out;

  private MetricsLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file}, keeping existing lines up to step {@code keepUpTo} (0: start empty). */
  public static MetricsLog open(Path file, long keepUpTo) {
    requireNonNull(file, "file is null");
    try {
      List<String> kept = new ArrayList<>();
      if (keepUpTo > 0 && Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && stepOf(file, line) <= keepUpTo) {
            kept.add(line);
          }
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, kept, StandardCharsets.UTF_8);
      return new MetricsLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
  }

  /** Logs one task's share of a training step. */
  public void train(long step, String task, double loss, long tokens, double lr, double tokensPerSecond,
      double gradNorm, boolean nonFinite) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("kind", "train");
    o.put("step", step);
    o.put("task", task);
    o.put("loss", loss);
    o.put("tokens", tokens);
    o.put("lr", lr);
    o.put("tokens_per_s", tokensPerSecond);
    o.put("grad_norm", gradNorm);
    o.put("non_finite", nonFinite);
    write(o);
  }

  /** Logs one task's evaluation. */
  public void eval(long step, String task, Map<String, Double> metrics) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("kind", "eval");
    o.put("step", step);
    o.put("task", task);
    ObjectNode m = o.putObject("metrics");
    metrics.forEach(m::put);
    write(o);
  }

  /** The file written. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  private void write(ObjectNode o) {
    try {
      out.write(MAPPER.writeValueAsString(o));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static long stepOf(Path file, String line) {
    try {
      JsonNode step = MAPPER.readTree(line).get("step");
      if (step == null || !step.canConvertToLong()) {
        throw new IllegalArgumentException(file + ": line without a step: " + line);
      }
      return step.asLong();
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not a JSON line: " + line, e);
    }
  }
}
