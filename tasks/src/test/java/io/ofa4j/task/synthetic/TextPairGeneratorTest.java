package io.ofa4j.task.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.task.data.ColumnMapping;
import io.ofa4j.task.data.DatasetReader;
import io.ofa4j.task.data.DelimitedFormat;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.ReaderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextPairGeneratorTest {

  @TempDir Path dir;

  static Stream<TextPairGenerator> generators() {
    return Stream.of(new SentimentGenerator(1, 0.1), new AcceptabilityGenerator(1, 0.1),
        new EntailmentGenerator(1, 0.1), new ParaphraseGenerator(1, 0.1));
  }

  private static TextPairGenerator withSeed(TextPairGenerator g, long seed) {
    if (g instanceof SentimentGenerator) {
      return new SentimentGenerator(seed, 0.1);
    } else if (g instanceof AcceptabilityGenerator) {
      return new AcceptabilityGenerator(seed, 0.1);
    } else if (g instanceof EntailmentGenerator) {
      return new EntailmentGenerator(seed, 0.1);
    }
    return new ParaphraseGenerator(seed, 0.1);
  }

  private static List<String> columns(Example e) {
    return new ArrayList<>(e.slots().keySet().stream().sorted().toList());
  }

  @ParameterizedTest
  @MethodSource("generators")
  void sameSeedSameBytesOtherSeedOtherBytes(TextPairGenerator g) throws Exception {
    List<Example> a = g.generate(200);
    List<String> cols = columns(a.get(0));
    SyntheticFiles.writeTsv(dir.resolve("a.tsv"), cols, a);
    SyntheticFiles.writeTsv(dir.resolve("b.tsv"), cols, withSeed(g, 1).generate(200));
    SyntheticFiles.writeTsv(dir.resolve("c.tsv"), cols, withSeed(g, 2).generate(200));
    byte[] bytes = Files.readAllBytes(dir.resolve("a.tsv"));
    assertThat(Files.readAllBytes(dir.resolve("b.tsv"))).isEqualTo(bytes);
    assertThat(Files.readAllBytes(dir.resolve("c.tsv"))).isNotEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("generators")
  void labelsAreBalancedAndNoiseRateIsRespected(TextPairGenerator g) {
    List<Example> data = g.generate(3000);
    double chance = 1.0 / g.labels().size();
    assertThat(TextPairGenerator.majorityBaseline(data)).isCloseTo(chance, within(0.03));
    long flipped = data.stream().filter(e -> !e.text("label").equals(e.text("clean_label"))).count();
    assertThat(flipped / 3000.0).isCloseTo(0.1, within(0.02));
  }

  @ParameterizedTest
  @MethodSource("generators")
  void writtenFileReadsBack(TextPairGenerator g) {
    List<Example> data = g.generate(20);
    List<String> cols = columns(data.get(0));
    Path file = dir.resolve("data.tsv");
    SyntheticFiles.writeTsv(file, cols, data);
    DelimitedFormat tsv = DelimitedFormat.tsv(true, ColumnMapping.parse(String.join(",", cols.stream().map(c -> c + ":" + c).toList()), List.of()));
    List<Example> back = new ArrayList<>();
    try (DatasetReader r = new DatasetReader(List.of(file), tsv, ReaderOptions.sequential())) {
      r.forEachRemaining(back::add);
    }
    assertThat(back).extracting(Example::slots).isEqualTo(data.stream().map(Example::slots).toList());
  }

  @Test
  void cleanEntailmentLabelsFollowTheRules() {
    for (Example e : new EntailmentGenerator(5, 0.0).generate(60)) {
      String p = e.text("premise");
      String h = e.text("hypothesis");
      switch (e.text("label")) {
        case "neutral" -> assertThat(h).startsWith(p.substring(0, p.length() - 2)).contains(" with ");
        case "entailment" -> assertThat(h.split(" ").length).isLessThan(p.split(" ").length);
        default -> assertThat(h).isNotEqualTo(p).hasSameSizeAs(h);
      }
    }
  }
}
