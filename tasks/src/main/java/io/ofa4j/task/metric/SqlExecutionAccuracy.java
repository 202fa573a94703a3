package io.ofa4j.task.metric;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * Execution accuracy for text-to-SQL: the gold and the predicted query run on the example's SQLite
 * database (opened read-only) and the predicted one is correct when both return the same rows. Rows
 * compare as multisets, or as sequences when the gold query has ORDER BY. Numbers compare by value
 * (1 equals 1.0). A predicted query that fails, times out or returns more than {@code maxRows}
 * rows counts as wrong and is reported; a failing gold query is reported and the example skipped.
 *
 * <p>Spider's component-wise exact-set-match is the separate, simplified {@link SqlExactSetMatch}.
 */
public final class SqlExecutionAccuracy implements Metric<String, SqlReference> {

  private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");
  private final int timeoutSeconds;
  private final int maxRows;

  /**
   * @param timeoutSeconds per-query timeout
   * @param maxRows result rows above which a query is treated as failed (guards memory)
   */
  public SqlExecutionAccuracy(int timeoutSeconds, int maxRows) {
    if (timeoutSeconds < 1 || maxRows < 1) {
      throw new IllegalArgumentException(
          "timeoutSeconds and maxRows must be >= 1 but were " + timeoutSeconds + ", " + maxRows);
    }
    this.timeoutSeconds = timeoutSeconds;
    this.maxRows = maxRows;
  }

  @Override
  public String name() {
    return "sql_execution_accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(List<? extends String> predictions, List<? extends SqlReference> references) {
    MetricInputs<String, SqlReference> in = MetricInputs.pair(name(), predictions, references);
    Map<Path, Connection> connections = new HashMap<>();
    int correct = 0;
    int scored = 0;
    int predictedErrors = 0;
    try {
      for (int i = 0; i < in.size(); i++) {
        int index = in.originalIndex(i);
        SqlReference ref = in.reference(i);
        Connection connection;
        List<List<Object>> gold;
        try {
          connection = connect(connections, ref.database());
          gold = run(connection, ref.goldSql());
        } catch (SQLException | IllegalStateException e) {
          in.problems().add(name() + ": gold SQL of example " + index + " failed on "
              + ref.database() + ": " + e.getMessage() + "; skipped");
          continue;
        }
        scored++;
        try {
          List<List<Object>> predicted = run(connection, in.prediction(i));
          if (sameResult(gold, predicted, ORDER_BY.matcher(ref.goldSql()).find())) {
            correct++;
          }
        } catch (SQLException | IllegalStateException e) {
          predictedErrors++;
          in.problems().add(name() + ": predicted SQL of example " + index + " failed: "
              + e.getMessage() + "; counted as wrong");
        }
      }
    } finally {
      for (Connection c : connections.values()) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing a read-only connection cannot lose data
        }
      }
    }
    return new MetricResult(name(), scored == 0 ? 0.0 : (double) correct / scored, scored,
        Map.of("correct", (double) correct, "predicted_errors", (double) predictedErrors),
        in.problems());
  }

  private static Connection connect(Map<Path, Connection> cache, Path db) throws SQLException {
    Connection c = cache.get(db);
    if (c == null) {
      if (!Files.isRegularFile(db)) {
        throw new IllegalStateException("database file not found: " + db);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
      cache.put(db, c);
    }
    return c;
  }

  private List<List<Object>> run(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.setQueryTimeout(timeoutSeconds);
      try (ResultSet rs = st.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          if (rows.size() == maxRows) {
            throw new IllegalStateException("more than " + maxRows + " result rows");
          }
          List<Object> row = new ArrayList<>(columns);
          for (int c = 1; c <= columns; c++) {
            row.add(normalize(rs.getObject(c)));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private static Object normalize(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value == null ? "NULL" : value.toString();
  }

  static boolean sameResult(List<List<Object>> gold, List<List<Object>> predicted, boolean ordered) {
    if (gold.size() != predicted.size()) {
      return false;
    }
    if (ordered) {
      return gold.equals(predicted);
    }
    Map<List<Object>, Integer> counts = new HashMap<>();
    for (List<Object> row : gold) {
      counts.merge(row, 1, Integer::sum);
    }
    for (List<Object> row : predicted) {
      Integer left = counts.merge(row, -1, Integer::sum);
      if (left < 0) {
        return false;
      }
    }
    return true;
  }
}
