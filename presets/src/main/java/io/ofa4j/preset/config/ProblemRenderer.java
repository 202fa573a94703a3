package io.ofa4j.preset.config;

import java.util.List;
import java.util.Map;

/**
 * Renders preset problems with the offending YAML line and a caret under the value, in the same
 * shape as instruction diagnostics:
 *
 * <pre>
 * error: unknown modality 'IMGE'
 *  --> presets/x.yaml:4:17
 *   |
 * 4 |     instruction: "[IMGE:img] what does the image describe? -> [TEXT:cap]"
 *   |                 ^^^^
 *   = help: did you mean 'IMAGE'?
 * </pre>
 */
public final class ProblemRenderer {
  private ProblemRenderer() {}

  /** All problems, each with its source line when the file's text is known. */
  public static String render(List<PresetProblem> problems, Map<String, String> sources) {
    StringBuilder out = new StringBuilder();
    for (PresetProblem p : problems) {
      out.append("error: ").append(p.message()).append('\n');
      out.append(" --> ").append(p.location()).append('\n');
      String text = sources.get(p.location().file());
      String[] lines = text == null ? new String[0] : text.split("\n", -1);
      int line = p.location().line();
      if (line <= lines.length) {
        String gutter = Integer.toString(line);
        String pad = " ".repeat(gutter.length());
        out.append(pad).append(" |\n");
        out.append(gutter).append(" | ").append(lines[line - 1].stripTrailing()).append('\n');
        out.append(pad).append(" | ").append(" ".repeat(p.location().column() - 1))
            .append("^".repeat(p.length())).append('\n');
      }
      if (p.help() != null) {
        out.append("  = help: ").append(p.help()).append('\n');
      }
    }
    return out.toString();
  }
}
