package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Simplified Spider exact-set-match: order-insensitive clauses, values and aliases ignored. */
class SqlExactSetMatchTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT name, age FROM singer WHERE age > 20|select age , name from singer where age > 30",
        "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.singer_id|SELECT singer.name FROM concert JOIN singer ON singer.id = concert.singer_id",
        "SELECT count(*) FROM singer WHERE country = 'France' AND age < 40|SELECT COUNT(*) FROM singer WHERE age < 41 AND country = \"Spain\";",
        "SELECT name FROM singer ORDER BY age|SELECT name FROM singer ORDER BY age ASC",
        "SELECT name FROM a INTERSECT SELECT name FROM b|select name from a intersect select name from b"
      })
  void matchesEquivalentQueries(String predicted, String gold) {
    assertThat(SqlExactSetMatch.matches(predicted, gold)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT name FROM singer|SELECT age FROM singer",
        "SELECT name FROM singer ORDER BY age DESC|SELECT name FROM singer ORDER BY age",
        "SELECT name FROM singer WHERE age > 20 OR age < 10|SELECT name FROM singer WHERE age > 20 AND age < 10",
        "SELECT name FROM a INTERSECT SELECT name FROM b|SELECT name FROM a UNION SELECT name FROM b",
        "SELECT name FROM singer WHERE id IN (SELECT id FROM concert)|SELECT name FROM singer WHERE id IN (SELECT id FROM stadium)",
        "SELECT name, age FROM singer|SELECT name FROM singer GROUP BY age"
      })
  void rejectsDifferentQueries(String predicted, String gold) {
    assertThat(SqlExactSetMatch.matches(predicted, gold)).isFalse();
  }

  @Test
  void scoresAndNeverThrowsOnGarbage() {
    MetricResult r = new SqlExactSetMatch().compute(List.of("SELECT a FROM t", "((( not sql"),
        List.of(List.of("select a from t"), List.of("SELECT b FROM t")));
    assertThat(r.score()).isEqualTo(0.5);
  }
}
