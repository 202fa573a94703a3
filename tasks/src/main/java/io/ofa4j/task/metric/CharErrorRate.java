package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * Character error rate with jiwer's default transform: strip, then every code point (spaces
 * included) is a token. See {@link ErrorRate} for the corpus-level aggregation.
 */
public final class CharErrorRate extends ErrorRate {

  public CharErrorRate() {
    super(CharErrorRate::chars);
  }

  static List<String> chars(String text) {
    List<String> out = new ArrayList<>();
    text.strip().codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
    return out;
  }

  @Override
  public String name() {
    return "cer";
  }
}
