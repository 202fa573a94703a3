package io.ofa4j.task.synthetic.speech;

import java.util.Objects;

/**
 * What to say and how: the transcript and the eSpeak NG voice, speed (words per minute) and pitch.
 *
 * @param text transcript (lower case words)
 * @param voice eSpeak NG voice name, e.g. {@code en-us}
 * @param wordsPerMinute speaking rate
 * @param pitch 0..99
 */
public record Utterance(String text, String voice, int wordsPerMinute, int pitch) {
  public Utterance {
    Objects.requireNonNull(text, "text is null");
    Objects.requireNonNull(voice, "voice is null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty transcript");
    }
    if (wordsPerMinute < 80 || wordsPerMinute > 450) {
      throw new IllegalArgumentException("wordsPerMinute (" + wordsPerMinute + ") must be in 80..450");
    }
    if (pitch < 0 || pitch > 99) {
      throw new IllegalArgumentException("pitch (" + pitch + ") must be in 0..99");
    }
  }
}
