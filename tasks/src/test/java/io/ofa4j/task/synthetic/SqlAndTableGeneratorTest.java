package io.ofa4j.task.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.MetricResult;
import io.ofa4j.task.metric.SacreBleu;
import io.ofa4j.task.metric.SqlExecutionAccuracy;
import io.ofa4j.task.metric.SqlReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlAndTableGeneratorTest {

  @TempDir Path dir;

  @Test
  void everyGoldQueryExecutesAndTheDatabaseIsDeterministic() throws Exception {
    Path db = dir.resolve("employees.sqlite");
    List<Example> tasks = new SqlTaskGenerator(4, 200).generate(db, 60);
    List<SqlReference> refs = tasks.stream().map(e -> new SqlReference(e.text("query"), db)).toList();
    List<String> gold = tasks.stream().map(e -> e.text("query")).toList();
    MetricResult self = new SqlExecutionAccuracy(5, 100_000).compute(gold, refs);
    assertThat(self.score()).isEqualTo(1.0);
    assertThat(self.problems()).isEmpty();
    // trivial baseline: one fixed query for everything
    MetricResult trivial = new SqlExecutionAccuracy(5, 100_000)
        .compute(Collections.nCopies(60, "SELECT count(*) FROM employee WHERE department = 'sales'"), refs);
    assertThat(trivial.score()).isLessThan(0.2);
    Path again = dir.resolve("again.sqlite");
    List<Example> tasks2 = new SqlTaskGenerator(4, 200).generate(again, 60);
    assertThat(tasks2.stream().map(e -> e.text("question")).toList()).isEqualTo(tasks.stream().map(e -> e.text("question")).toList());
    MetricResult sameData = new SqlExecutionAccuracy(5, 100_000).compute(gold,
        tasks2.stream().map(e -> new SqlReference(e.text("query"), again)).toList());
    assertThat(sameData.score()).isEqualTo(1.0);
    assertThat(Files.size(again)).isEqualTo(Files.size(db));
  }

  @Test
  void tableToTextVerbalisesEveryTriple() {
    List<Example> data = new TableToTextGenerator(2).generate(100);
    assertThat(new TableToTextGenerator(2).generate(100)).extracting(Example::slots)
        .isEqualTo(data.stream().map(Example::slots).toList());
    for (Example e : data) {
      for (String triple : e.texts("triples")) {
        assertThat(e.text("text")).contains(triple.split(" \\| ")[2]);
      }
      assertThat(e.text("text")).doesNotContain("  ").endsWith(" .");
    }
    // trivial baseline: the triples joined as the sentence scores well below a perfect copy
    List<String> baseline = data.stream().map(e -> String.join(" ", e.texts("triples"))).toList();
    List<List<String>> refs = data.stream().map(e -> List.of(e.text("text"))).toList();
    double trivial = SacreBleu.defaults().compute(baseline, refs).score();
    assertThat(trivial).isGreaterThan(0.0).isLessThan(1.0); // about 0.11 BLEU
    assertThat(SacreBleu.defaults().compute(refs.stream().map(r -> r.get(0)).toList(), refs).score()).isCloseTo(100.0, within(1e-9));
  }
}
