package io.ofa4j.task.synthetic.motion;

import java.util.Locale;

/** The actions of synthetic motion clips, each with the sentence that describes it. */
public enum Action {
  WALK("a person walks forward"),
  RUN("a person runs forward"),
  JUMP("a person jumps in place"),
  WAVE("a person waves with the right hand"),
  KICK("a person kicks with the right leg"),
  TURN("a person turns around"),
  SQUAT("a person squats down and stands up");

  private final String sentence;

  Action(String sentence) {
    this.sentence = sentence;
  }

  /** The text label, e.g. "a person walks forward". */
  public String sentence() {
    return sentence;
  }

  /** Lower-case name, e.g. {@code walk}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
