package io.ofa4j.task.synthetic.speech;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Deterministic utterances: one to three spoken digits or short command words, in one of several
 * voices, speeds and pitches. Utterance {@code i} of seed {@code s} never depends on other indices.
 */
public final class UtteranceGenerator {
  /** Words spoken: the ten digits and short command words. */
  public static final List<String> WORDS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "yes", "no", "up", "down", "left", "right", "stop", "go");
  /** eSpeak NG voices that ship with the Debian package (no MBROLA needed). */
  public static final List<String> VOICES = List.of("en-us", "en-gb", "en-gb-scotland");

  private final long seed;
  private final int maxWords;

  /** Utterances of 1..{@code maxWords} words. */
  public UtteranceGenerator(long seed, int maxWords) {
    if (maxWords < 1 || maxWords > 5) {
      throw new IllegalArgumentException("maxWords (" + maxWords + ") must be in 1..5");
    }
    this.seed = seed;
    this.maxWords = maxWords;
  }

  /** Utterance number {@code index}. */
  public Utterance utterance(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    int n = 1 + r.nextInt(maxWords);
    String text = IntStream.range(0, n).mapToObj(k -> WORDS.get(r.nextInt(WORDS.size())))
        .collect(Collectors.joining(" "));
    return new Utterance(text, VOICES.get(r.nextInt(VOICES.size())), 140 + 20 * r.nextInt(4),
        35 + r.nextInt(30));
  }
}
