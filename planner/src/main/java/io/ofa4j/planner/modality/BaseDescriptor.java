package io.ofa4j.planner.modality;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import java.util.List;

/**
 * Shared plumbing of the simpler built-ins: fixed component lists whose first entry is the
 * default. Subclasses decide roles and target support.
 */
abstract class BaseDescriptor implements ModalityDescriptor {

  private final String name;
  private final String description;
  private final Encoding encoding;
  private final List<AttributeSpec> attributes;
  private final List<String> preprocessors;
  private final List<String> adapters;
  private final List<String> postprocessors;

  BaseDescriptor(String name, String description, Encoding encoding,
      List<AttributeSpec> attributes, List<String> preprocessors, List<String> adapters,
      List<String> postprocessors) {
    this.name = requireNonNull(name, "name is null");
    this.description = requireNonNull(description, "description is null");
    this.encoding = requireNonNull(encoding, "encoding is null");
    this.attributes = List.copyOf(attributes);
    this.preprocessors = List.copyOf(preprocessors);
    this.adapters = List.copyOf(adapters);
    this.postprocessors = List.copyOf(postprocessors);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<AttributeSpec> attributes() {
    return attributes;
  }

  @Override
  public final Encoding encoding() {
    return encoding;
  }

  @Override
  public final List<String> preprocessors() {
    return preprocessors;
  }

  @Override
  public final List<String> adapters() {
    return adapters;
  }

  @Override
  public final List<String> postprocessors() {
    return postprocessors;
  }

  @Override
  public String defaultPreprocessor(Side side, SlotAttributes attributes) {
    return preprocessors.get(0);
  }

  @Override
  public String defaultAdapter(Side side, SlotAttributes attributes) {
    return adapters.get(0);
  }

  @Override
  public String postprocessor(String adapter) {
    return postprocessors.isEmpty() ? "none" : postprocessors.get(0);
  }
}
