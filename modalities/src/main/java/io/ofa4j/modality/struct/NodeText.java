package io.ofa4j.modality.struct;

import java.util.Locale;

/**
 * Cell clean-up as in OFASys {@code struct.py}: entity cells ({@code get_nodes}) lose brackets and
 * double quotes and turn commas and underscores into spaces; relation cells ({@code get_relation})
 * lose brackets, have whitespace runs and underscores turned into single spaces and are
 * lower-cased. (OFASys lower-cases before its camelCase split, so {@code joinedAthleticConference}
 * stays one word, {@code joinedathleticconference}; reproduced as is.)
 */
final class NodeText {
  private NodeText() {}

  /** OFASys {@code get_nodes}. */
  static String node(String s) {
    return s.strip().replace("(", "").replace("\"", "").replace(")", "").replace(",", " ").replace("_", " ");
  }

  /** OFASys {@code get_relation}. */
  static String relation(String s) {
    String n = s.replace("(", "").replace(")", "").strip();
    if (n.isEmpty()) {
      return "";
    }
    return String.join("_", n.split("\\s+")).toLowerCase(Locale.ROOT).replace("_", " ");
  }
}
