package io.ofa4j.planner.internal;

import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * The modality each slot name (data column) was first used with, across all templates of an
 * instruction: one column cannot feed two modalities.
 */
public final class SlotNames {

  private record First(String modality, SourceSpan span) {}

  private final Map<String, First> seen = new HashMap<>();

  /** Records {@code name} as {@code modality}; reports a conflict with an earlier use. */
  void claim(String name, String modality, SourceSpan span, Problems problems) {
    First first = seen.putIfAbsent(name, new First(modality, span));
    if (first != null && !first.modality().equals(modality)) {
      problems.error(DslErrorCode.CONFLICTING_SLOT_NAME, span,
          "slot name '" + name + "' is used as " + first.modality() + " at " + first.span()
              + " and as " + modality + " here", "give the two slots different names");
    }
  }
}
