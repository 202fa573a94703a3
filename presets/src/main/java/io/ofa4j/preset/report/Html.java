package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

/** Small HTML helpers for the report. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and double-quoted attributes. */
  public static String escape(String text) {
    requireNonNull(text, "text is null");
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** An audio player for a file beside the HTML. */
  public static String audioPlayer(String relativeSrc) {
    return "<audio controls preload=\"none\" src=\"" + escape(relativeSrc) + "\"></audio>";
  }

  /** An image element for a file beside the HTML. */
  public static String image(String relativeSrc, String alt) {
    return "<img src=\"" + escape(relativeSrc) + "\" alt=\"" + escape(alt) + "\">";
  }

  /** A file-name-safe form of a task or metric name. */
  public static String fileSafe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_.-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }
}
