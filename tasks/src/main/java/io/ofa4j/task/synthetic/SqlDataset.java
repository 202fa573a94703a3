package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.SqlReference;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Spider-like text-to-SQL ({@code text_to_sql}) from {@link SqlTaskGenerator}: one SQLite
 * database per seed ({@value #DATABASE}, {@value #ROWS} employees, written once into the media
 * cache) and per-index questions with gold SQL. Slots {@code src} (question), {@code database}
 * (the SQLite file, as Spider's reader gives it; the STRUCT slot is its schema) and {@code tgt}
 * (SQL). Trivial baseline: the most frequent training query, scored by execution accuracy.
 */
final class SqlDataset implements SyntheticDataset {
  static final String DATABASE = "employee.sqlite";
  static final int ROWS = 200;

  @Override
  public String name() {
    return "text_to_sql";
  }

  @Override
  public String description() {
    return "questions over a generated employee table with gold SQL";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    SqlTaskGenerator generator = new SqlTaskGenerator(context.seed(), ROWS);
    Path db = context.media().file(DATABASE, generator::writeDatabase);
    Example q = generator.question(context.random(index, 0), db, index);
    return new Example(Map.of("src", q.text("question"), "database", db, "tgt", q.text("query")),
        name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    String query = Baselines.mostFrequent(train.get(), "tgt");
    List<SqlReference> references = eval.stream()
        .map(e -> new SqlReference(e.text("tgt"), (Path) e.get("database"))).toList();
    return new Baseline("most frequent query '" + query + "'",
        Collections.nCopies(eval.size(), query), references);
  }
}
