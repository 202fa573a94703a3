package io.ofa4j.instruction.parser;

/** Short quotations of source text for diagnostic messages. */
final class Snippets {
  private static final int MAX = 40;

  private Snippets() {}

  /**
   * {@code text} on one line, cut to 40 characters with an ellipsis; control characters other
   * than tab are shown as {@code \\uXXXX} so messages stay printable.
   */
  static String shorten(String text) {
    String cut = text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(c == '\n' ? ' ' : "");
      } else if (Character.isISOControl(c) && c != '\t') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
