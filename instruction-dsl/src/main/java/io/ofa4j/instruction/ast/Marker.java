package io.ofa4j.instruction.ast;

import java.util.Objects;

/**
 * A legacy OFASys marker {@code <BOS>} or {@code <EOS>}. Accepted with a warning: the planner adds
 * begin/end tokens itself unless {@code disable_auto_boseos} is set.
 *
 * @param kind which marker
 * @param span where it was written
 */
public record Marker(Kind kind, SourceSpan span) implements Element {
  public Marker {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(span, "span is null");
  }

  /** The legacy markers. */
  public enum Kind {
    BOS,
    EOS
  }
}
