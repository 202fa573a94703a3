package io.ofa4j.runtime.train.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the PyTorch peer ({@code torch_train_bench.py}, shipped as a resource) in a subprocess on
 * the same shape, and reads its one JSON line. Returns a skipped result, with the reason, when
 * Python or torch is missing (Debian: {@code apt-get install python3-torch}).
 */
public final class TorchPeer {
  private static final String SCRIPT = "torch_train_bench.py";
  private static final String NAME = "PyTorch eager + AdamW (fp32)";

  private TorchPeer() {}

  /** The default interpreter: Debian's {@code /usr/bin/python3} (where python3-torch installs), else {@code python3}. */
  public static String defaultPython() {
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  /**
   * Runs the peer.
   *
   * @param python interpreter command
   * @param spec shape and run length
   * @param timeoutSeconds give up after this long
   */
  public static TrainBenchResult run(String python, TrainBenchSpec spec, long timeoutSeconds) {
    requireNonNull(python, "python is null");
    requireNonNull(spec, "spec is null");
    String probe = exec(List.of(python, "-c", "import torch; print(torch.__version__)"), 60);
    if (probe == null) {
      return TrainBenchResult.skipped(NAME, "skipped: '" + python + "' cannot import torch"
          + " (Debian: apt-get install python3-torch)");
    }
    Path script = extractScript();
    try {
      List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
      for (int v : new int[] {spec.layers(), spec.hidden(), spec.heads(), spec.kvHeads(), spec.intermediate(),
          spec.vocab(), spec.seq(), spec.batch(), spec.steps(), spec.warmupSteps(), spec.threads()}) {
        cmd.add(Integer.toString(v));
      }
      String out = exec(cmd, timeoutSeconds);
      if (out == null) {
        return TrainBenchResult.skipped(NAME, "failed or timed out after " + timeoutSeconds + " s");
      }
      String last = out.strip().lines().reduce((a, b) -> b).orElse("");
      JsonNode j = new ObjectMapper().readTree(last);
      return new TrainBenchResult(j.get("implementation").asText(), j.get("tokens_per_second").asDouble(),
          j.get("seconds_per_step").asDouble(), j.get("cpu_seconds_per_step").asDouble(),
          j.get("rss_at_step20_mb").asDouble(),
          j.get("rss_at_last_step_mb").asDouble(), j.get("last_step").asInt(), j.get("first_loss").asDouble(),
          j.get("last_loss").asDouble(), "threads " + j.get("threads").asInt() + ", subprocess");
    } catch (RuntimeException e) {
      return TrainBenchResult.skipped(NAME, "could not read its output: " + e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(script);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
    }
  }

  private static Path extractScript() {
    try (InputStream in = TorchPeer.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SCRIPT + " is missing from the runtime jar");
      }
      Path file = Files.createTempFile("ofa4j-torch-bench", ".py");
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** stdout of a command, or null when it fails, exits non-zero or times out. */
  private static String exec(List<String> cmd, long timeoutSeconds) {
    Path out = null;
    try {
      out = Files.createTempFile("ofa4j-torch-bench", ".out");
      Process p = new ProcessBuilder(cmd)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectOutput(out.toFile())
          .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException ignored) {
          // a leftover temp file is harmless
        }
      }
    }
  }
}
