package io.ofa4j.instruction.parser;

/** Short quotations of source text for diagnostic messages. */
final class Snippets {
  private static final int MAX = 40;

  private Snippets() {}

  /** {@code text} on one line, cut to 40 characters with an ellipsis. */
  static String shorten(String text) {
    String oneLine = text.replace("\r", "").replace('\n', ' ');
    return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 3) + "...";
  }
}
