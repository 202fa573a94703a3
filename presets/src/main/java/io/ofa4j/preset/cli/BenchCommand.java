package io.ofa4j.preset.cli;

import io.ofa4j.runtime.bench.DecodeBenchmark;
import io.ofa4j.runtime.bench.DecodeBenchmarkResult;
import io.ofa4j.runtime.bench.LlamaCppPeer;
import io.ofa4j.runtime.model.Qwen2Config;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ofa4j bench}: speed benchmarks that print a table. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Speed benchmarks (print a table).",
    subcommands = {BenchCommand.Decode.class, TrainBenchCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ofa4j bench decode}: batch-1 prefill and decode of a random-weight Qwen2. */
  @Command(
      name = "decode",
      mixinStandardHelpOptions = true,
      description = {
          "Writes a random-weight Qwen2 checkpoint (Qwen2-0.5B shape by default, ~2 GB f32; kept"
              + " in --dir and reused), then times prefill and greedy decoding at batch 1 and"
              + " reports the peak RSS (VmHWM).",
          "Reference on the 2-core development machines (libraries.md): llama.cpp f32 13-19"
              + " tokens/s, ND4J eager 8-11, memory-bandwidth ceiling ~17 (f32; ~35 with bf16"
              + " weights, --dtype bf16). Timings are only comparable within one run and on a"
              + " quiet machine: check the load average (uptime) first."})
  static final class Decode implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", description = "Checkpoint directory (default: ${DEFAULT-VALUE}).",
        defaultValue = "${java.io.tmpdir}/ofa4j-bench")
    Path dir;

    @Option(names = "--prompt-tokens", defaultValue = "32", description = "Prompt length (${DEFAULT-VALUE}).")
    int promptTokens;

    @Option(names = "--new-tokens", defaultValue = "128", description = "Decoded tokens (${DEFAULT-VALUE}).")
    int newTokens;

    @Option(names = "--threads", defaultValue = "2", description = "Kernel threads (${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--small", description = "A quick shape: hidden 256, 4 layers, 4/2 heads,"
        + " intermediate 1024, vocab 32000 (~50 MB).")
    boolean small;

    @Option(names = "--hidden", description = "hidden_size (default 896).")
    Integer hidden;

    @Option(names = "--layers", description = "num_hidden_layers (default 24).")
    Integer layers;

    @Option(names = "--heads", description = "num_attention_heads (default 14).")
    Integer heads;

    @Option(names = "--kv-heads", description = "num_key_value_heads (default 2).")
    Integer kvHeads;

    @Option(names = "--intermediate", description = "intermediate_size (default 4864).")
    Integer intermediate;

    @Option(names = "--vocab", description = "vocab_size (default 151936).")
    Integer vocab;

    @Option(names = "--seed", defaultValue = "1234", description = "Weights and prompt seed.")
    long seed;

    @Option(names = "--llama-cpp", description = "Also run llama.cpp (npm node-llama-cpp "
        + LlamaCppPeer.VERSION + ", installed into --dir on first use; needs node and npm) on the"
        + " same weights (converted to an F32 GGUF) and prompt, after ofa4j.")
    boolean llamaCpp;

    @Option(names = "--dtype", defaultValue = "f32", description = "Weight dtype of ofa4j: f32"
        + " (default) or bf16 (the F32 checkpoint converted once to a BF16 copy in --dir). With"
        + " --llama-cpp and bf16, llama.cpp runs on both an F32 and a BF16 GGUF of the same weights.")
    String dtype;

    @Override
    public void run() {
      Qwen2Config shape;
      try {
        shape = DecodeBenchmark.shape(
            pick(hidden, small ? 256 : 896), pick(layers, small ? 4 : 24),
            pick(heads, small ? 4 : 14), pick(kvHeads, 2), pick(intermediate, small ? 1024 : 4864),
            pick(vocab, small ? 32000 : 151936));
      } catch (IllegalArgumentException e) {
        throw new CliException("invalid model shape: " + e.getMessage());
      }
      String name = String.format(Locale.ROOT, "qwen2-h%d-l%d-a%d-kv%d-i%d-v%d", shape.hiddenSize(),
          shape.numHiddenLayers(), shape.numAttentionHeads(), shape.numKeyValueHeads(),
          shape.intermediateSize(), shape.vocabSize());
      if (!dtype.equals("f32") && !dtype.equals("bf16")) {
        throw new CliException("--dtype must be f32 or bf16, got '" + dtype + "'");
      }
      boolean bf16 = dtype.equals("bf16");
      DecodeBenchmark.Options options;
      try {
        options = new DecodeBenchmark.Options(shape, dir.resolve(name), promptTokens, newTokens,
            threads, seed, bf16);
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "model %s: %.3f GB %s weights, prompt %d, new tokens %d, batch 1%n",
          name, DecodeBenchmark.weightBytes(shape, bf16 ? 2 : 4) / 1e9, dtype, promptTokens,
          newTokens);
      out.flush();
      DecodeBenchmark.ensureCheckpoint(options);
      DecodeBenchmark.Measurement ours = DecodeBenchmark.run(options);
      if (!llamaCpp) {
        printTable(out, List.of(ours.result()), true);
        return;
      }
      List<LlamaCppPeer.Run> peers = new ArrayList<>();
      peers.add(LlamaCppPeer.run(shape, options.dir(), dir.resolve("node-llama-cpp"),
          ours.prompt(), newTokens, threads));
      if (bf16) {
        peers.add(LlamaCppPeer.run(shape, options.loadDir(), dir.resolve("node-llama-cpp"),
            ours.prompt(), newTokens, threads));
      }
      List<DecodeBenchmarkResult> rows = new ArrayList<>(List.of(ours.result()));
      peers.forEach(p -> rows.add(p.result()));
      printTable(out, rows, false);
      for (LlamaCppPeer.Run peer : peers) {
        int same = 0;
        while (same < Math.min(ours.generated().length, peer.generated().length)
            && ours.generated()[same] == peer.generated()[same]) {
          same++;
        }
        out.printf(Locale.ROOT, "greedy ids: %s agrees with ofa4j on the first %d of %d%n",
            peer.result().implementation(), same, ours.generated().length);
        out.printf(Locale.ROOT, "decode speed ofa4j / %s: %.2fx (same run)%n",
            peer.result().implementation(),
            ours.result().decodeTokensPerSecond() / peer.result().decodeTokensPerSecond());
      }
      out.flush();
    }

    private static int pick(Integer given, int fallback) {
      return given != null ? given : fallback;
    }

    static void printTable(PrintWriter out, List<DecodeBenchmarkResult> results, boolean published) {
      String row = "| %-42s | %7s | %13s | %12s | %11s | %17s | %9s | %11s |%n";
      out.printf(Locale.ROOT, row, "implementation", "load s", "prefill tok/s", "decode tok/s",
          "decode GB/s", "decode CPU ms/tok", "peak RSS", "RSS/weights");
      out.printf(Locale.ROOT, row, "-".repeat(42), "-".repeat(7), "-".repeat(13), "-".repeat(12),
          "-".repeat(11), "-".repeat(17), "-".repeat(9), "-".repeat(11));
      for (DecodeBenchmarkResult r : results) {
        out.printf(Locale.ROOT, row, r.implementation(), fmt(r.loadSeconds()),
            fmt(r.prefillTokensPerSecond()), fmt(r.decodeTokensPerSecond()),
            fmt(r.decodeWeightGbPerSecond()), fmt(r.decodeCpuMillisPerToken()),
            r.peakRssBytes() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f GB", r.peakRssBytes() / 1e9),
            r.peakRssBytes() < 0 ? "n/a" : fmt(r.peakRssOverWeights()));
      }
      if (published) {
        out.printf(Locale.ROOT, row, "llama.cpp f32 (published, not run)", "", "", "13-19", "", "",
            "", "");
      }
      out.flush();
    }

    private static String fmt(double v) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
  }
}
