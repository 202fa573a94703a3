package io.ofa4j.runtime.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2WeightNames;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import io.ofa4j.runtime.weights.SafetensorsDtype;
import io.ofa4j.runtime.weights.SafetensorsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs llama.cpp on the same checkpoint and prompt as a peer in the same benchmark run, through
 * the npm package {@code node-llama-cpp} (its prebuilt CPU binaries ship inside
 * {@code @node-llama-cpp/linux-x64}; nothing is compiled). The package is installed with npm into
 * {@code nodeDir} on first use, and the checkpoint is converted to an F32 GGUF by
 * {@link GgufWriter}. Needs {@code node} and {@code npm} on the PATH.
 */
public final class LlamaCppPeer {
  /** The pinned package version (the one the golden fixtures were produced with). */
  public static final String VERSION = "3.22.1";

  private static final Logger LOG = LoggerFactory.getLogger(LlamaCppPeer.class);
  private static final String SCRIPT = "llama-cpp-peer.mjs";

  private LlamaCppPeer() {}

  /** Result of the peer run plus its greedy ids. */
  public record Run(DecodeBenchmarkResult result, int[] generated) {}

  /** Runs the peer with {@code threads} threads on {@code checkpointDir}. */
  public static Run run(Qwen2Config config, Path checkpointDir, Path nodeDir, int[] prompt,
      int newTokens, int threads) {
    requireNonNull(config, "config is null");
    install(nodeDir);
    Path weights = checkpointDir.resolve(SafetensorsCheckpoint.SINGLE_FILE);
    boolean bf16 = bf16(weights);
    Path gguf = checkpointDir.resolve(bf16 ? "model-bf16.gguf" : "model-f32.gguf");
    try {
      if (!Files.isRegularFile(gguf)
          || Files.getLastModifiedTime(gguf).compareTo(Files.getLastModifiedTime(weights)) < 0) {
        LOG.info("writing {}", gguf);
        GgufWriter.write(config, weights, gguf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + gguf, e);
    }
    String ids = Arrays.stream(prompt).mapToObj(Integer::toString)
        .collect(Collectors.joining(",", "[", "]"));
    List<String> cmd = List.of("node", SCRIPT, gguf.toAbsolutePath().toString(),
        Integer.toString(threads), Integer.toString(newTokens), ids, bf16 ? "bf16" : "f32");
    String out = exec(cmd, nodeDir, 1800);
    String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("llama.cpp peer printed no result:\n" + out));
    JsonNode j = JsonMapper.builder().build().readTree(last);
    int[] generated = new int[j.get("generated").size()];
    for (int i = 0; i < generated.length; i++) {
      generated[i] = j.get("generated").get(i).intValue();
    }
    DecodeBenchmarkResult r = new DecodeBenchmarkResult(j.get("implementation").stringValue(),
        DecodeBenchmark.weightBytes(config, bf16 ? 2 : 4), j.get("load_s").doubleValue(),
        j.get("prefill_tokens").intValue(), j.get("prefill_s").doubleValue(),
        j.get("new_tokens").intValue(), j.get("decode_s").doubleValue(),
        j.get("decode_cpu_s").doubleValue(), j.get("peak_rss_bytes").longValue());
    return new Run(r, generated);
  }

  /** Whether the checkpoint's embedding is BF16 (then its GGUF keeps BF16 matrices). */
  private static boolean bf16(Path weights) {
    try (SafetensorsFile f = SafetensorsFile.open(weights)) {
      return f.info(Qwen2WeightNames.EMBED_TOKENS).dtype() == SafetensorsDtype.BF16;
    }
  }

  /** Installs node-llama-cpp (CPU prebuilt only) into {@code nodeDir} unless present. */
  static void install(Path nodeDir) {
    try {
      Files.createDirectories(nodeDir);
      try (InputStream in = LlamaCppPeer.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IllegalStateException("resource " + SCRIPT + " missing from the classpath");
        }
        Files.copy(in, nodeDir.resolve(SCRIPT), StandardCopyOption.REPLACE_EXISTING);
      }
      if (Files.isDirectory(nodeDir.resolve("node_modules/@node-llama-cpp/linux-x64"))) {
        return;
      }
      Files.writeString(nodeDir.resolve("package.json"),
          "{\"name\":\"ofa4j-llama-cpp-peer\",\"private\":true,\"type\":\"module\"}\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + nodeDir, e);
    }
    LOG.info("installing node-llama-cpp {} into {} (npm)", VERSION, nodeDir);
    exec(List.of("npm", "install", "--no-audit", "--no-fund", "--omit=optional",
        "node-llama-cpp@" + VERSION, "@node-llama-cpp/linux-x64@" + VERSION), nodeDir, 900);
  }

  private static String exec(List<String> cmd, Path dir, long timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile())
        .redirectErrorStream(true);
    // the prebuilt binary is in the package: never let its post-install step download or build
    pb.environment().put("NODE_LLAMA_CPP_SKIP_DOWNLOAD", "true");
    try {
      Process p = pb.start();
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(cmd.get(0) + " timed out after " + timeoutSeconds + " s");
      }
      String out = new String(bytes, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(cmd.get(0) + " " + cmd.get(1) + " failed (exit "
            + p.exitValue() + "):\n" + tail(out));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + cmd.get(0) + " (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + cmd.get(0), e);
    }
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
  }
}
