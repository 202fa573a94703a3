package io.ofa4j.runtime.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2ConfigReader;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.model.Qwen2Session;
import io.ofa4j.runtime.model.Qwen2WeightNames;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch-1 greedy decoding throughput of the eager Qwen2 on a random-weight checkpoint: writes the
 * checkpoint once (kept and reused in {@code dir}), loads it, warms the JIT up on a short
 * throw-away session, then times a prefill of {@code promptTokens} and {@code newTokens} decode
 * steps, and reads the peak RSS. With {@code bf16} the F32 checkpoint is converted once into a
 * BF16 copy (in {@code dir + "-bf16"}) that is loaded as is, so the decoder reads BF16 matrices.
 *
 * <p>BENCH note, measured 2026-11-23 on the 2-core AMD EPYC development machine with
 * {@code ofa4j bench decode --llama-cpp [--dtype bf16]} (Qwen2-0.5B shape, prompt 32, 128 new
 * tokens; ratios from one run each, load average 2.0-2.2): F32 decode 17.97 tok/s vs llama.cpp
 * F32 18.70 (0.96x; both ~36 GB/s, the memory ceiling), prefill 78 vs 177 tok/s, peak RSS 1.17x
 * the F32 weights; BF16 decode 32.5 tok/s vs llama.cpp F32 18.5 (1.76x) and llama.cpp BF16 29.8
 * (1.09x), peak RSS 1.35 GB (1.37x the BF16 weights, 0.68x the F32 ones). One thread each (load
 * 2.0): F32 12.0 vs 14.3 tok/s (0.84x). Under load 5-9 (other jobs on the 2 cores) llama.cpp's
 * spinning threads fall to 1-3 tok/s and the ratios say nothing; check {@code uptime} first.
 */
public final class DecodeBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(DecodeBenchmark.class);

  /**
   * What to run.
   *
   * @param shape model shape
   * @param dir where the checkpoint is written (or reused when it matches {@code shape})
   * @param promptTokens prefill length
   * @param newTokens decode steps
   * @param threads kernel threads
   * @param seed weights and prompt seed
   * @param bf16 load the weights as BF16 (else F32)
   */
  public record Options(Qwen2Config shape, Path dir, int promptTokens, int newTokens, int threads,
      long seed, boolean bf16) {
    public Options {
      requireNonNull(shape, "shape is null");
      requireNonNull(dir, "dir is null");
      if (promptTokens < 1 || newTokens < 1 || threads < 1) {
        throw new IllegalArgumentException("promptTokens (" + promptTokens + "), newTokens ("
            + newTokens + ") and threads (" + threads + ") must be >= 1");
      }
      if (promptTokens + newTokens > shape.maxPositionEmbeddings()) {
        throw new IllegalArgumentException("promptTokens + newTokens (" + (promptTokens + newTokens)
            + ") exceed max_position_embeddings (" + shape.maxPositionEmbeddings() + ")");
      }
    }

    /** F32 options. */
    public Options(Qwen2Config shape, Path dir, int promptTokens, int newTokens, int threads,
        long seed) {
      this(shape, dir, promptTokens, newTokens, threads, seed, false);
    }

    /** The checkpoint the decoder loads: {@code dir}, or its BF16 copy. */
    public Path loadDir() {
      return bf16 ? dir.resolveSibling(dir.getFileName() + "-bf16") : dir;
    }
  }

  /**
   * One run's figures, prompt and greedy continuation (to compare with a peer's).
   *
   * @param result figures
   * @param prompt prompt ids
   * @param generated greedy ids
   */
  public record Measurement(DecodeBenchmarkResult result, int[] prompt, int[] generated) {}

  private DecodeBenchmark() {}

  /** The Qwen2-0.5B shape: hidden 896, 24 layers, 14 heads, 2 KV heads, intermediate 4864, tied. */
  public static Qwen2Config qwen2HalfB() {
    return shape(896, 24, 14, 2, 4864, 151936);
  }

  /** A Qwen2 shape with tied embeddings, theta 1e6, eps 1e-6 (as Qwen2-0.5B). */
  public static Qwen2Config shape(int hidden, int layers, int heads, int kvHeads, int intermediate,
      int vocab) {
    return new Qwen2Config(vocab, hidden, intermediate, layers, heads, kvHeads, 0, "silu", 32768,
        1e-6, 1e6, Map.of(), true, -1, List.of(), false, 0, layers, "float32");
  }

  /** Bytes of the F32 weights of {@code config}. */
  public static long weightBytes(Qwen2Config config) {
    return weightBytes(config, 4);
  }

  /** Bytes of the weights of {@code config} at {@code bytesPerValue}. */
  public static long weightBytes(Qwen2Config config, int bytesPerValue) {
    return bytesPerValue * Qwen2WeightNames.expected(config).values().stream()
        .mapToLong(s -> {
          long n = 1;
          for (long d : s) {
            n *= d;
          }
          return n;
        }).sum();
  }

  /**
   * Writes the F32 checkpoint unless {@code dir} already holds one of this shape, and with
   * {@code bf16} its BF16 copy unless that is present and newer.
   */
  public static void ensureCheckpoint(Options o) {
    if (!present(o.dir(), o.shape(), 4)) {
      LOG.info("writing a random {} GB checkpoint to {}", weightBytes(o.shape()) / 1e9, o.dir());
      RandomCheckpointWriter.write(o.shape(), o.dir(), o.seed());
    }
    if (o.bf16()) {
      Path f32 = o.dir().resolve(SafetensorsCheckpoint.SINGLE_FILE);
      Path bf16 = o.loadDir().resolve(SafetensorsCheckpoint.SINGLE_FILE);
      try {
        if (present(o.loadDir(), o.shape(), 2)
            && Files.getLastModifiedTime(bf16).compareTo(Files.getLastModifiedTime(f32)) >= 0) {
          return;
        }
      } catch (IOException e) {
        LOG.info("rewriting {}: {}", bf16, e.getMessage());
      }
      LOG.info("converting {} to BF16 in {}", o.dir(), o.loadDir());
      Bf16CheckpointWriter.write(o.shape(), o.dir(), o.loadDir());
    }
  }

  private static boolean present(Path dir, Qwen2Config shape, int bytesPerValue) {
    Path weights = dir.resolve(SafetensorsCheckpoint.SINGLE_FILE);
    try {
      if (Files.isRegularFile(weights) && Files.size(weights) > weightBytes(shape, bytesPerValue)
          && Files.size(weights) < weightBytes(shape, bytesPerValue) + (64 << 20)
          && Qwen2ConfigReader.read(dir).equals(shape)) {
        LOG.info("reusing benchmark checkpoint {}", dir);
        return true;
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("rewriting benchmark checkpoint {}: {}", dir, e.getMessage());
    }
    return false;
  }

  /** Runs the benchmark (the checkpoint must exist: see {@link #ensureCheckpoint}). */
  public static Measurement run(Options o) {
    long t0 = System.nanoTime();
    Qwen2Checkpoint ckpt = Qwen2Checkpoint.load(o.loadDir(), o.bf16());
    double load = (System.nanoTime() - t0) / 1e9;
    Random rnd = new Random(o.seed());
    int vocab = ckpt.config().vocabSize();
    int[] prompt = rnd.ints(o.promptTokens(), 0, vocab).toArray();
    try (Qwen2Model model = new Qwen2Model(ckpt.config(), ckpt.parameters(), o.threads())) {
      warmUp(model, prompt);
      try (Qwen2Session session = model.startSession(1, o.promptTokens() + o.newTokens())) {
        long p0 = System.nanoTime();
        float[] logits = session.append(new int[][] {prompt})[0];
        long p1 = System.nanoTime();
        long c1 = ProcessMemory.cpuNanos();
        int[] generated = new int[o.newTokens()];
        for (int i = 0; i < o.newTokens(); i++) {
          generated[i] = argmax(logits);
          logits = session.append(new int[][] {{generated[i]}})[0];
        }
        long p2 = System.nanoTime();
        long c2 = ProcessMemory.cpuNanos();
        DecodeBenchmarkResult r = new DecodeBenchmarkResult(
            "ofa4j eager " + (o.bf16() ? "bf16 " : "") + "(Vector API, " + o.threads() + " threads)",
            weightBytes(ckpt.config(), o.bf16() ? 2 : 4),
            load, o.promptTokens(), (p1 - p0) / 1e9, o.newTokens(), (p2 - p1) / 1e9,
            c1 < 0 ? Double.NaN : (c2 - c1) / 1e9, ProcessMemory.peakRssBytes());
        return new Measurement(r, prompt, generated);
      }
    }
  }

  /** A short session so the timed run does not include JIT compilation of the kernels. */
  private static void warmUp(Qwen2Model model, int[] prompt) {
    try (Qwen2Session s = model.startSession(1, prompt.length + 8)) {
      float[] logits = s.append(new int[][] {prompt})[0];
      for (int i = 0; i < 8; i++) {
        logits = s.append(new int[][] {{argmax(logits)}})[0];
      }
    }
  }

  static int argmax(float[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return best;
  }
}
