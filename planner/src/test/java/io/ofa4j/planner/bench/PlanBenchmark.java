package io.ofa4j.planner.bench;

import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.InstructionPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parse + plan throughput over the 30 shipped OFASys instructions. One operation plans all 30,
 * so instructions/s = ops/s x 30. Run:
 * {@code java -cp <test classpath> io.ofa4j.planner.bench.PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanBenchmark {

  private final Planner planner = Planner.builtIn();
  private List<String> instructions;

  @Setup
  public void load() {
    var in = PlanBenchmark.class.getClassLoader()
        .getResourceAsStream("io/ofa4j/instruction/ofasys-instructions.txt");
    if (in == null) {
      throw new IllegalStateException("ofasys-instructions.txt is not on the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      instructions = r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(String::trim).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses and plans all 30 instructions once. */
  @Benchmark
  public void parseAndPlanAll(Blackhole bh) {
    for (String s : instructions) {
      InstructionPlan plan = planner.plan(s);
      bh.consume(plan);
    }
  }

  /** Runs the benchmark and prints JMH's table. */
  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(PlanBenchmark.class.getSimpleName()).build()).run();
  }
}
