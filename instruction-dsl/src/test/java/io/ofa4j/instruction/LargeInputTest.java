package io.ofa4j.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hang guard: 100 KB instructions, well-formed and adversarial, parse without blowing up. The
 * timeout is generous (parsing takes milliseconds); it catches quadratic or exponential
 * behaviour, it is not a speed assertion (see {@code bench.ParseBenchmark} for speed).
 */
class LargeInputTest {
  private static final int SIZE = 100_000;
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("well-formed", repeat("[TEXT:a,max_length=8,path=\"x, y\"] what is (roughly) it? ")
            + " -> ([BOX] [TEXT])*", false),
        Arguments.of("open parentheses", repeat("(") + " -> [TEXT]", false),
        Arguments.of("nested groups around slots", repeat("(") + repeat("[TEXT]") + repeat(")") + " -> [TEXT]", false),
        Arguments.of("open brackets", repeat("["), true),
        Arguments.of("group brackets", repeat("[ ") + " -> [TEXT]", true),
        Arguments.of("errors in one long slot", "[TEXT:a" + repeat(" b,c") + "] -> [TEXT]", true),
        Arguments.of("unclosed strings", repeat("[a=\"] "), true),
        Arguments.of("many arrows", repeat("-> "), true),
        Arguments.of("many separators", repeat("||| "), true),
        Arguments.of("stray closers", repeat(")*]*]") + " -> [TEXT]", true),
        Arguments.of("one long line of text", repeat("x") + " -> [TEXT]", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void parsesHundredKilobytesQuickly(String name, String text, boolean hasErrors) {
    ParseResult result = assertTimeoutPreemptively(HANG_GUARD, () -> InstructionParser.parse(text));
    assertThat(text.length()).isGreaterThanOrEqualTo(SIZE);
    assertThat(result.instruction()).isNotNull();
    assertThat(result.hasErrors()).as(name).isEqualTo(hasErrors);
  }

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1);
  }
}
