package io.ofa4j.task.synthetic;

import io.ofa4j.modality.struct.StructLinearizer;
import io.ofa4j.modality.struct.StructOptions;
import io.ofa4j.modality.struct.Table;
import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Random;

/**
 * FeTaQA-like table question answering ({@code table_qa}): a table of three to five cities
 * (columns city, country, population in thousands, founded), linearised to text as the TEXT slot
 * {@code database} ({@link StructLinearizer#table}, cased), a question, and a one-sentence free-form
 * answer that quotes the cells it needs: the largest / smallest city by population, a city's
 * founding year or population. Every answer is computed from the table. Slots {@code database},
 * {@code src}, {@code tgt}. Trivial baseline: the most frequent training answer, scored with
 * sacreBLEU.
 */
final class TableQaDataset implements SyntheticDataset {
  private static final Map<String, String> COUNTRY = Map.of("Paris", "France", "Lima", "Peru",
      "Oslo", "Norway", "Cairo", "Egypt", "Tokyo", "Japan", "Quito", "Ecuador", "Perth",
      "Australia", "Rome", "Italy");
  private static final StructLinearizer LINEARIZER =
      new StructLinearizer(new StructOptions(0, StructOptions.LengthUnit.WORDS, false));

  @Override
  public String name() {
    return "table_qa";
  }

  @Override
  public String description() {
    return "city tables with questions and sentence answers";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Random r = context.random(index, 0);
    List<String> cities = new ArrayList<>(Vocabulary.CITIES);
    Collections.shuffle(cities, r);
    cities = cities.subList(0, 3 + r.nextInt(3));
    List<List<String>> rows = new ArrayList<>();
    for (String city : cities) {
      // distinct populations, so "largest" has one answer
      int population = 100 * (1 + rows.size()) + 10 * r.nextInt(10);
      int founded = 1000 + r.nextInt(900);
      rows.add(List.of(city, COUNTRY.get(city), Integer.toString(population), Integer.toString(founded)));
    }
    Collections.shuffle(rows, r);
    String database = LINEARIZER.table(Table.of(List.of("city", "country", "population", "founded"), rows));
    List<String> row = rows.get(r.nextInt(rows.size()));
    String question;
    String answer;
    switch (r.nextInt(4)) {
      case 0 -> {
        List<String> top = rows.stream().max(Comparator.comparingInt(x -> Integer.parseInt(x.get(2)))).orElseThrow();
        question = "which city has the largest population ?";
        answer = top.get(0) + " in " + top.get(1) + " has the largest population with " + top.get(2) + " thousand people .";
      }
      case 1 -> {
        List<String> low = rows.stream().min(Comparator.comparingInt(x -> Integer.parseInt(x.get(2)))).orElseThrow();
        question = "which city has the smallest population ?";
        answer = low.get(0) + " in " + low.get(1) + " has the smallest population with " + low.get(2) + " thousand people .";
      }
      case 2 -> {
        question = "when was " + row.get(0) + " founded ?";
        answer = row.get(0) + " was founded in " + row.get(3) + " .";
      }
      default -> {
        question = "how many people live in " + row.get(0) + " ?";
        answer = row.get(0) + " has " + row.get(2) + " thousand people .";
      }
    }
    return new Example(Map.of("database", database, "src", question, "tgt", answer), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return Baselines.constant(train, eval, "tgt", "most frequent answer");
  }
}
