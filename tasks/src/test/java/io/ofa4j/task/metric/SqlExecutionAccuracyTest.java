package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlExecutionAccuracyTest {

  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void createDatabase() throws Exception {
    db = dir.resolve("concert_singer.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE singer (singer_id INTEGER, name TEXT, age INTEGER, country TEXT)");
      st.executeUpdate("INSERT INTO singer VALUES (1,'Joe',52,'Netherlands'),(2,'Timbaland',32,'United States'),"
          + "(3,'Justin',29,'France'),(4,'Rose',41,'France')");
    }
  }

  private MetricResult score(String predicted, String gold) {
    return new SqlExecutionAccuracy(5, 10_000).compute(List.of(predicted), List.of(new SqlReference(gold, db)));
  }

  @Test
  void rowOrderIsIgnoredWithoutOrderBy() {
    assertThat(score("SELECT name FROM singer WHERE country = 'France' ORDER BY age",
        "SELECT name FROM singer WHERE country = 'France'").score()).isEqualTo(1.0);
  }

  @Test
  void rowOrderMattersWithOrderBy() {
    assertThat(score("SELECT name FROM singer ORDER BY age ASC", "SELECT name FROM singer ORDER BY age DESC").score()).isZero();
    assertThat(score("select name from singer order by age desc", "SELECT name FROM singer ORDER BY age DESC").score()).isEqualTo(1.0);
  }

  @Test
  void resultsCompareAsMultisetsAndNumbersByValue() {
    assertThat(score("SELECT country FROM singer", "SELECT DISTINCT country FROM singer").score()).isZero();
    assertThat(score("SELECT avg(age) * 1.0 FROM singer WHERE singer_id = 1", "SELECT 52").score()).isEqualTo(1.0);
  }

  @Test
  void brokenPredictionIsWrongAndReported() {
    MetricResult r = score("SELEC name FROM singer", "SELECT name FROM singer");
    assertThat(r.score()).isZero();
    assertThat(r.count()).isEqualTo(1);
    assertThat(r.detail("predicted_errors")).isEqualTo(1.0);
    assertThat(r.problems()).singleElement().asString().contains("predicted SQL of example 0 failed");
  }

  @Test
  void predictionCannotWriteTheDatabase() {
    MetricResult r = score("DELETE FROM singer", "SELECT count(*) FROM singer");
    assertThat(r.score()).isZero();
    assertThat(score("SELECT count(*) FROM singer", "SELECT 4").score()).isEqualTo(1.0);
  }

  @Test
  void missingDatabaseIsReported() {
    MetricResult r = new SqlExecutionAccuracy(5, 10).compute(List.of("SELECT 1"),
        List.of(new SqlReference("SELECT 1", dir.resolve("missing.sqlite"))));
    assertThat(r.count()).isZero();
    assertThat(r.problems()).singleElement().asString().contains("database file not found");
  }
}
