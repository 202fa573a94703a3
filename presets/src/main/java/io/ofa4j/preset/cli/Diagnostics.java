package io.ofa4j.preset.cli;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.planner.PlanOutcome;
import java.util.List;

/**
 * Renders diagnostics in the caret form of the house style:
 *
 * <pre>
 * error[UNKNOWN_MODALITY]: unknown modality 'IMGE'
 *  --> instruction 1:2
 *   |
 * 1 | [IMGE:img] what does the image describe? -&gt; [TEXT:cap]
 *   |  ^^^^
 *   = help: did you mean 'IMAGE'?
 * </pre>
 */
final class Diagnostics {

  private Diagnostics() {}

  /** Every diagnostic of an outcome, one block each, separated by blank lines. */
  static String render(PlanOutcome outcome, String origin) {
    String source = outcome.source() == null ? "" : outcome.source();
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : outcome.diagnostics()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(render(d, source, origin));
    }
    return out.toString();
  }

  /** One diagnostic against its source text; {@code origin} names where the text came from. */
  static String render(Diagnostic d, String source, String origin) {
    List<String> lines = source.lines().toList();
    int lineNo = d.span().line();
    String gutter = " ".repeat(Integer.toString(lineNo).length());
    StringBuilder out = new StringBuilder();
    out.append(d.severity().label()).append('[').append(d.code()).append("]: ")
        .append(d.message()).append('\n');
    out.append(gutter).append("--> ").append(origin).append(' ').append(d.span()).append('\n');
    if (lineNo <= lines.size()) {
      String line = lines.get(lineNo - 1);
      int start = Math.min(d.span().column() - 1, line.length());
      StringBuilder pad = new StringBuilder();
      for (int i = 0; i < start; i++) {
        pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
      }
      out.append(gutter).append(" |\n");
      out.append(lineNo).append(" | ").append(line).append('\n');
      out.append(gutter).append(" | ").append(pad)
          .append("^".repeat(Math.max(1, d.span().length()))).append('\n');
    }
    d.optionalHelp().ifPresent(h -> out.append(gutter).append(" = help: ").append(h)
        .append('\n'));
    return out.toString();
  }
}
