package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Random;

/**
 * Gigaword-like headline generation ({@code text_summary}): an article sentence with a date,
 * attribution and filler clauses ("on friday , Alice , a chef from Lima , won the chess prize
 * after a long final , local media reported .") and an extractive headline of its content words
 * ("Lima chef wins chess prize"). The headline is derivable word by word from the article but its
 * words are spread over the sentence. Slots {@code src}, {@code tgt}. Trivial baseline: the first
 * eight words of the article (lead), scored with ROUGE-L.
 */
final class SummaryDataset implements SyntheticDataset {
  private static final List<String> DAYS = List.of("monday", "tuesday", "friday", "sunday");
  private static final List<String> JOBS = List.of("teacher", "pilot", "chef", "nurse", "farmer");
  private static final List<String[]> EVENTS = List.of(
      new String[] {"won", "wins"}, new String[] {"lost", "loses"}, new String[] {"entered", "enters"});
  private static final List<String> PRIZES = List.of("chess", "tennis", "baking", "poetry");
  private static final List<String> FILLERS = List.of("after a long final", "despite the rain",
      "in front of a large crowd", "for the second time");
  private static final List<String> SOURCES = List.of("local media reported", "officials said",
      "the organisers announced");
  static final int LEAD_WORDS = 8;

  @Override
  public String name() {
    return "text_summary";
  }

  @Override
  public String description() {
    return "news sentences with extractive headlines";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Random r = context.random(index, 0);
    String day = Vocabulary.pick(r, DAYS);
    String person = Vocabulary.pick(r, Vocabulary.PEOPLE);
    String job = Vocabulary.pick(r, JOBS);
    String city = Vocabulary.pick(r, Vocabulary.CITIES);
    String[] event = EVENTS.get(r.nextInt(EVENTS.size()));
    String prize = Vocabulary.pick(r, PRIZES);
    String src = "on " + day + " , " + person + " , a " + job + " from " + city + " , " + event[0]
        + " the " + prize + " contest " + Vocabulary.pick(r, FILLERS) + " , "
        + Vocabulary.pick(r, SOURCES) + " .";
    String tgt = city + " " + job + " " + event[1] + " " + prize + " contest";
    return new Example(Map.of("src", src, "tgt", tgt), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    List<String> predictions = eval.stream().map(e -> lead(e.text("src"))).toList();
    List<List<String>> references = eval.stream().map(e -> List.of(e.text("tgt"))).toList();
    return new Baseline("lead: the first " + LEAD_WORDS + " words of the article", predictions,
        references);
  }

  static String lead(String text) {
    List<String> words = Arrays.asList(text.split(" "));
    return String.join(" ", words.subList(0, Math.min(LEAD_WORDS, words.size())));
  }
}
