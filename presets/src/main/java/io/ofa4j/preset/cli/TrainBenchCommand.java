package io.ofa4j.preset.cli;

import ch.qos.logback.classic.Level;
import io.ofa4j.runtime.train.bench.TorchPeer;
import io.ofa4j.runtime.train.bench.TrainBenchResult;
import io.ofa4j.runtime.train.bench.TrainBenchSpec;
import io.ofa4j.runtime.train.bench.TrainBenchmark;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ofa4j bench train}: training throughput (tokens/s) and memory (RSS after step 20 vs the
 * last step) of the SameDiff trainer on the reference Qwen2 shape of libraries.md, with PyTorch
 * as a peer in the same run when it is installed.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Training speed and memory of the ofa4j trainer vs PyTorch (4 layers, hidden 256,"
        + " 4/2 heads, intermediate 688, vocab 8192, seq 128, batch 8, AdamW).")
public final class TrainBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--steps", defaultValue = "200", description = "Timed steps (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--warmup", defaultValue = "3", description = "Untimed first steps (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", defaultValue = "0",
      description = "Threads for both runs (0: all processors; default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--gc-every", defaultValue = "1",
      description = "System.gc() every N steps, 0 never (default: ${DEFAULT-VALUE}).")
  int gcEvery;

  @Option(names = "--layers", defaultValue = "4", description = "Decoder layers (default: ${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--batch", defaultValue = "8", description = "Sequences per step (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--seq", defaultValue = "128", description = "Tokens per sequence (default: ${DEFAULT-VALUE}).")
  int seq;

  @Option(names = "--peer-timeout", defaultValue = "1800",
      description = "Seconds before the PyTorch peer is given up (default: ${DEFAULT-VALUE}).")
  long peerTimeout;

  @Option(names = "--no-peer", description = "Skip the PyTorch peer.")
  boolean noPeer;

  @Option(names = "--python", description = "Python interpreter for the peer (default: /usr/bin/python3 if present).")
  String python;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    quietNd4jLogs();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    TrainBenchSpec bench = new TrainBenchSpec(layers, 256, 4, 2, 688, 8192, seq, batch, steps, warmup, n, gcEvery);
    out.printf(Locale.ROOT, "bench train: %d layers, hidden 256, heads 4/2, intermediate 688, vocab 8192, "
        + "seq %d, batch %d, %d timed steps after %d warmup, %d threads%n", layers, seq, batch, steps, warmup, n);
    out.flush();
    List<TrainBenchResult> results = new ArrayList<>();
    results.add(TrainBenchmark.runOfa4j(bench, step -> {
      if (step % 20 == 0) {
        out.printf(Locale.ROOT, "  ofa4j step %d/%d%n", step, steps);
        out.flush();
      }
    }));
    out.println();
    printRow(out, results.get(0)); // shown now: the peer can take a long time on a busy machine
    if (noPeer) {
      results.add(TrainBenchResult.skipped("PyTorch eager + AdamW (fp32)", "skipped: --no-peer"));
    } else {
      out.println("  running the PyTorch peer...");
      out.flush();
      results.add(TorchPeer.run(python != null ? python : TorchPeer.defaultPython(), bench, peerTimeout));
    }
    printTable(out, results);
    return 0;
  }

  private static void printRow(PrintWriter out, TrainBenchResult r) {
    if (Double.isNaN(r.tokensPerSecond())) {
      out.printf(Locale.ROOT, "| %-42s | %9s | %7s | %10s | %11s | %13s | %7s | %15s | %s%n", r.implementation(),
          "-", "-", "-", "-", "-", "-", "-", r.note());
    } else {
      out.printf(Locale.ROOT, "| %-42s | %9.0f | %7.3f | %10.3f | %11.0f | %13.0f | %+6.1f%% | %7.3f>%-7.3f | %s%n",
          r.implementation(), r.tokensPerSecond(), r.secondsPerStep(), r.cpuSecondsPerStep(), r.rssAtStep20Mb(),
          r.rssAtLastStepMb(), 100 * r.rssGrowth(), r.firstLoss(), r.lastLoss(),
          r.note() + ", last step " + r.lastStep());
    }
    out.flush();
  }

  /** ND4J logs every cached array at DEBUG when no logback configuration is present; keep the table readable. */
  private static void quietNd4jLogs() {
    if (LoggerFactory.getLogger("org.nd4j") instanceof ch.qos.logback.classic.Logger nd4j) {
      nd4j.setLevel(Level.WARN);
    }
  }

  private static void printTable(PrintWriter out, List<TrainBenchResult> results) {
    out.println();
    out.printf(Locale.ROOT, "| %-42s | %9s | %7s | %10s | %11s | %13s | %7s | %15s | %s%n", "implementation",
        "tokens/s", "s/step", "CPU s/step", "RSS@20 MiB", "RSS@last MiB", "growth", "loss first>last", "note");
    out.println("|" + "-".repeat(44) + "|" + "-".repeat(11) + "|" + "-".repeat(9) + "|" + "-".repeat(12) + "|"
        + "-".repeat(13) + "|" + "-".repeat(15) + "|" + "-".repeat(9) + "|" + "-".repeat(17) + "|------");
    for (TrainBenchResult r : results) {
      printRow(out, r);
    }
    if (results.size() == 2 && !Double.isNaN(results.get(1).tokensPerSecond())) {
      out.printf(Locale.ROOT, "ofa4j / PyTorch: throughput %.2f, CPU time per step %.2f (same machine, same run;"
          + " on a shared machine wall time also measures the other load)%n",
          results.get(0).tokensPerSecond() / results.get(1).tokensPerSecond(),
          results.get(0).cpuSecondsPerStep() / results.get(1).cpuSecondsPerStep());
    }
    out.flush();
  }
}
