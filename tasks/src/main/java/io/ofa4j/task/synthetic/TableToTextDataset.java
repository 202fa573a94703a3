package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * DART-like table-to-text ({@code table_to_text}) from {@link TableToTextGenerator}, one entity
 * per index. Slots {@code database} (the triples as {@code "subject | predicate | object"}
 * strings, as the DART reader gives them; the STRUCT preprocessor linearises them) and {@code
 * tgt}. Trivial baseline: the triples joined with spaces, scored with sacreBLEU.
 */
final class TableToTextDataset implements SyntheticDataset {

  @Override
  public String name() {
    return "table_to_text";
  }

  @Override
  public String description() {
    return "person triples verbalised in one sentence";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Example e = new TableToTextGenerator(context.seedOf(index)).generate(1).get(0);
    return new Example(Map.of("database", e.texts("triples"), "tgt", e.text("text")), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return new Baseline("triples joined as text",
        eval.stream().map(e -> String.join(" ", e.texts("database"))).toList(),
        eval.stream().map(e -> List.of(e.text("tgt"))).toList());
  }
}
