package io.ofa4j.instruction;

import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws diagnostics for people, with the source line and a caret under the span (the rustc
 * layout; kept apart from the exception as Trino's CLI keeps {@code renderErrorLocation} apart
 * from the parser):
 *
 * <pre>
 * error[UNKNOWN_MODALITY]: unknown modality 'IMGE'
 *  --&gt; instruction 1:2
 *   |
 * 1 | [IMGE:img] what does the image describe? -&gt; [TEXT:cap]
 *   |  ^^^^
 *   = help: did you mean 'IMAGE'?
 * </pre>
 */
public final class DiagnosticRenderer {
  private final String origin;
  private final String separator;

  /**
   * A renderer for a named instruction: the location reads {@code instruction 1:2} for origin
   * {@code instruction} (line 1, column 2).
   *
   * @param origin shown after {@code -->}, e.g. {@code instruction} or {@code task caption}
   */
  public DiagnosticRenderer(String origin) {
    this(origin, " ");
  }

  private DiagnosticRenderer(String origin, String separator) {
    this.origin = Objects.requireNonNull(origin, "origin is null");
    this.separator = separator;
  }

  /**
   * A renderer for text in a file, compiler style: {@code presets/tasks/caption.yaml:4:16}. Spans
   * must then be re-based into the file ({@link Instructions#rebase}, {@link Diagnostic#rebase})
   * and the whole file passed as source.
   */
  public static DiagnosticRenderer forFile(String path) {
    return new DiagnosticRenderer(path, ":");
  }

  /** Every diagnostic of {@code result}, separated by blank lines. */
  public String render(ParseResult result) {
    return render(result.source(), result.diagnostics());
  }

  /** Every diagnostic of {@code exception}, separated by blank lines. */
  public String render(InstructionException exception) {
    return render(exception.source(), exception.diagnostics());
  }

  /** The diagnostics against {@code source}, separated by blank lines. */
  public String render(String source, List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> render(source, d)).collect(Collectors.joining("\n\n"));
  }

  /**
   * One diagnostic against {@code source}, the text its span refers to (a whole file when spans
   * were re-based into it). No trailing newline.
   */
  public String render(String source, Diagnostic diagnostic) {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(diagnostic, "diagnostic is null");
    SourceSpan span = diagnostic.span();
    String lineNumber = Integer.toString(span.line());
    String gutter = " ".repeat(lineNumber.length());
    StringBuilder out = new StringBuilder()
        .append(diagnostic.severity().label()).append('[').append(diagnostic.code()).append("]: ")
        .append(diagnostic.message()).append('\n')
        .append(gutter).append("--> ").append(origin).append(separator)
        .append(span.line()).append(':').append(span.column()).append('\n');
    String line = line(source, span.line());
    if (line != null) {
      out.append(gutter).append(" |\n")
          .append(lineNumber).append(" | ").append(line).append('\n')
          .append(gutter).append(" | ").append(caret(line, span));
    }
    diagnostic.optionalHelp().ifPresent(help ->
        out.append('\n').append(gutter).append(" = help: ").append(help));
    return out.toString();
  }

  /** Padding that keeps tabs (so carets line up) and the carets, clipped to the line. */
  private static String caret(String line, SourceSpan span) {
    int start = Math.min(span.column() - 1, line.length());
    StringBuilder out = new StringBuilder(start + span.length());
    for (int i = 0; i < start; i++) {
      out.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    int carets = Math.max(1, Math.min(span.length(), line.length() - start));
    return out.append("^".repeat(carets)).toString();
  }

  /** The 1-based line of {@code source} without its line break, or null when out of range. */
  private static String line(String source, int number) {
    int start = 0;
    for (int l = 1; l < number; l++) {
      int next = source.indexOf('\n', start);
      if (next < 0) {
        return null;
      }
      start = next + 1;
    }
    int end = source.indexOf('\n', start);
    String line = source.substring(start, end < 0 ? source.length() : end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
