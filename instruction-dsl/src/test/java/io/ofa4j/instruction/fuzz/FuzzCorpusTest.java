package io.ofa4j.instruction.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the fuzz seed corpus (hand-made seeds and any saved crashers) in the default suite. */
class FuzzCorpusTest {
  private static final String CORPUS = "InstructionParserFuzzTestInputs/fuzzParse";

  static Stream<Path> seeds() throws IOException, URISyntaxException {
    URL folder = FuzzCorpusTest.class.getResource(CORPUS);
    assertThat(folder).as("seed corpus %s on the test classpath", CORPUS).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedKeepsTheParserInvariants(Path seed) throws IOException {
    ParserInvariants.check(new String(Files.readAllBytes(seed), StandardCharsets.UTF_8));
  }
}
