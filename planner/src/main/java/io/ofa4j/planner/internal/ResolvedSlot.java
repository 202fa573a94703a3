package io.ofa4j.planner.internal;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;

/**
 * A slot whose modality, attributes and components were checked.
 *
 * @param ast the slot as written
 * @param side its side
 * @param descriptor its modality
 * @param name column or default name
 * @param attributes converted attributes with defaults
 * @param preprocessor resolved preprocessor
 * @param adapter resolved adapter
 * @param componentsKnown false when a written preprocessor or adapter was unknown (reported)
 */
record ResolvedSlot(Slot ast, Side side, ModalityDescriptor descriptor, String name,
    SlotAttributes attributes, String preprocessor, String adapter, boolean componentsKnown) {
  ResolvedSlot {
    requireNonNull(ast, "ast is null");
    requireNonNull(side, "side is null");
    requireNonNull(descriptor, "descriptor is null");
    requireNonNull(name, "name is null");
    requireNonNull(attributes, "attributes is null");
    requireNonNull(preprocessor, "preprocessor is null");
    requireNonNull(adapter, "adapter is null");
  }
}
