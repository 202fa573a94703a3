package io.ofa4j.instruction.bench;

import io.ofa4j.instruction.InstructionParser;
import io.ofa4j.instruction.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Parse throughput (JMH): the 30 OFASys instructions (reported per instruction) and one 100 KB
 * instruction. Run after {@code mvn -pl instruction-dsl test-compile}:
 *
 * <pre>
 * mvn -q -pl instruction-dsl dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp instruction-dsl/target/test-classes:instruction-dsl/target/classes:$(cat /tmp/cp.txt) \
 *     io.ofa4j.instruction.bench.ParseBenchmark
 * </pre>
 *
 * JMH prints the result table (ops/s = instructions per second for {@code parseOfasys}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  private static final int OFASYS_COUNT = 30;

  private List<String> ofasys;
  private String large;

  @Setup
  public void load() {
    try (InputStream in = ParseBenchmark.class.getResourceAsStream(
        "/io/ofa4j/instruction/ofasys-instructions.txt")) {
      if (in == null) {
        throw new IllegalStateException("ofasys-instructions.txt is not on the classpath");
      }
      ofasys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (ofasys.size() != OFASYS_COUNT) {
      throw new IllegalStateException("expected 30 instructions, found " + ofasys.size());
    }
    String unit = "[TEXT:a,max_length=8] what is (roughly) in \" [IMAGE:img] \"? ";
    large = unit.repeat(100_000 / unit.length() + 1) + "-> ([BOX] [TEXT])*";
  }

  /** One operation = one OFASys instruction. */
  @Benchmark
  @OperationsPerInvocation(OFASYS_COUNT)
  public void parseOfasys(Blackhole blackhole) {
    for (String instruction : ofasys) {
      blackhole.consume(InstructionParser.parse(instruction));
    }
  }

  /** One operation = one 100 KB instruction. */
  @Benchmark
  public ParseResult parseHundredKilobytes() {
    return InstructionParser.parse(large);
  }

  /** Runs both benchmarks briefly (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement). */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ParseBenchmark.class.getName())
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .build();
    new Runner(options).run();
  }
}
