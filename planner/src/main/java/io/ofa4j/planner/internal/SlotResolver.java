package io.ofa4j.planner.internal;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.instruction.ast.Attribute;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import io.ofa4j.planner.ModalityRegistry;
import io.ofa4j.planner.spi.AttributeConversion;
import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.AttributeType;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TypedValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks one slot against its modality: name, attributes, value types, component names. */
final class SlotResolver {

  private static final String CLOSED_SET = "closed_set";

  private final ModalityRegistry registry;
  private final Problems problems;

  SlotResolver(ModalityRegistry registry, Problems problems) {
    this.registry = requireNonNull(registry, "registry is null");
    this.problems = requireNonNull(problems, "problems is null");
  }

  /** The slot resolved, or {@code null} when its modality is unknown (already reported). */
  ResolvedSlot resolve(Slot slot, Side side, String name) {
    Optional<ModalityDescriptor> found = registry.find(slot.modality());
    if (found.isEmpty()) {
      problems.error(DslErrorCode.UNKNOWN_MODALITY, slot.modalitySpan(),
          "unknown modality '" + slot.modality() + "'",
          Suggestions.didYouMean(slot.modality(), registry.spellings())
              .orElse("known modalities: " + String.join(", ", registry.names())));
      return null;
    }
    ModalityDescriptor d = found.get();
    if (side == Side.SOURCE) {
      d.sourceRestriction().ifPresent(why -> problems.error(DslErrorCode.SOURCE_NOT_SUPPORTED,
          slot.modalitySpan(), "slot '" + name + "' cannot be a source: " + why, null));
    }
    SlotAttributes attributes = convert(slot, d, name);
    String preprocessor = component(slot, d, name, attributes, AttributeType.PREPROCESSOR,
        d.preprocessors(), d.defaultPreprocessor(side, attributes));
    String adapter = component(slot, d, name, attributes, AttributeType.ADAPTER,
        d.adapters(), d.defaultAdapter(side, attributes));
    boolean known = preprocessor != null && adapter != null;
    return new ResolvedSlot(slot, side, d, name, attributes,
        preprocessor != null ? preprocessor : d.defaultPreprocessor(side, attributes),
        adapter != null ? adapter : d.defaultAdapter(side, attributes), known);
  }

  private SlotAttributes convert(Slot slot, ModalityDescriptor d, String name) {
    Map<String, TypedValue> values = new LinkedHashMap<>();
    Set<String> written = new HashSet<>();
    for (Attribute a : slot.attributes()) {
      AttributeSpec spec = spec(d, a.name());
      if (spec == null) {
        unknownAttribute(d, a, name);
        continue;
      }
      if (!written.add(spec.name())) {
        problems.error(DslErrorCode.DUPLICATE_ATTRIBUTE, a.nameSpan(),
            "attribute '" + spec.name() + "' of slot '" + name + "' is given twice", null);
        continue;
      }
      AttributeConversion.Result r = AttributeConversion.convert(spec, a.value(), name);
      if (r instanceof AttributeConversion.Converted c) {
        values.put(spec.name(), c.value());
      } else if (r instanceof AttributeConversion.Invalid bad) {
        SourceSpan at = a.value() == null ? a.span() : a.value().span();
        String help = spec.type() == AttributeType.ENUM && a.value() != null
            ? Suggestions.didYouMean(a.value().text(), spec.allowedValues()).orElse(null) : null;
        problems.error(DslErrorCode.INVALID_ATTRIBUTE_VALUE, at, bad.message(), help);
      }
    }
    Map<String, TypedValue> ordered = new LinkedHashMap<>();
    for (AttributeSpec spec : d.attributes()) {
      TypedValue v = values.containsKey(spec.name()) ? values.get(spec.name())
          : spec.defaultValue();
      if (v != null) {
        ordered.put(spec.name(), v);
      }
    }
    return new SlotAttributes(ordered, written);
  }

  private void unknownAttribute(ModalityDescriptor d, Attribute a, String name) {
    if (a.name().equals(CLOSED_SET)) {
      problems.error(DslErrorCode.CLOSED_SET_NOT_TEXT, a.nameSpan(),
          "attribute 'closed_set' is only valid on TEXT slots, found on " + d.name()
              + " slot '" + name + "'", null);
      return;
    }
    List<String> known = new ArrayList<>();
    for (AttributeSpec s : d.attributes()) {
      known.add(s.name());
      known.addAll(s.aliases());
    }
    problems.error(DslErrorCode.UNKNOWN_ATTRIBUTE, a.nameSpan(),
        "unknown attribute '" + a.name() + "' for " + d.name() + " slot '" + name + "'",
        Suggestions.didYouMean(a.name(), known).orElse("known attributes: " + String.join(", ",
            d.attributes().stream().map(AttributeSpec::name).toList())));
  }

  /** The chosen or default component, or {@code null} when an unknown one was written. */
  private String component(Slot slot, ModalityDescriptor d, String name,
      SlotAttributes attributes, AttributeType type, List<String> known, String fallback) {
    AttributeSpec spec = d.attributes().stream().filter(s -> s.type() == type).findFirst()
        .orElse(null);
    String chosen = spec == null ? null : attributes.text(spec.name());
    if (chosen == null) {
      return fallback;
    }
    if (!known.contains(chosen)) {
      boolean pre = type == AttributeType.PREPROCESSOR;
      SourceSpan at = slot.attributes().stream().filter(a -> spec.matches(a.name()))
          .map(a -> a.value() == null ? a.span() : a.value().span()).findFirst()
          .orElse(slot.span());
      problems.error(pre ? DslErrorCode.UNKNOWN_PREPROCESSOR : DslErrorCode.UNKNOWN_ADAPTER, at,
          "unknown " + (pre ? "preprocessor" : "adapter") + " '" + chosen + "' for "
              + d.name() + " slot '" + name + "'",
          Suggestions.didYouMean(chosen, known).orElse("known: " + String.join(", ", known)));
      return null;
    }
    return chosen;
  }

  private static AttributeSpec spec(ModalityDescriptor d, String written) {
    for (AttributeSpec s : d.attributes()) {
      if (s.matches(written)) {
        return s;
      }
    }
    return null;
  }
}
