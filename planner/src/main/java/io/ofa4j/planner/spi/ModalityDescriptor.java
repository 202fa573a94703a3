package io.ofa4j.planner.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the planner knows about one modality. A new modality is one class implementing this
 * interface, annotated with {@link ModalityName}, plus one line
 * {@code ModalityBinder.modalityBinder(binder).bind(MyDescriptor.class)}.
 *
 * <p>Implementations are immutable and stateless; the planner calls them from any thread.
 */
public interface ModalityDescriptor {

  /** Canonical upper-case name as written in instructions, e.g. {@code IMAGE}. */
  String name();

  /** Other accepted spellings, e.g. {@code BOUNDING_BOX} for {@code BOX}. */
  default Set<String> aliases() {
    return Set.of();
  }

  /** One line saying what a slot of this modality holds. */
  String description();

  /** Every attribute a slot of this modality accepts, in print order. */
  List<AttributeSpec> attributes();

  /** Whether slot values are backbone tokens or adapter-made embeddings. */
  Encoding encoding();

  /** Marker tokens around the slot's span, if the modality has them. */
  default Optional<SpanMarkers> spanMarkers() {
    return Optional.empty();
  }

  /** Why this modality cannot be a source, or empty when it can. */
  default Optional<String> sourceRestriction() {
    return Optional.empty();
  }

  /** Whether some settings make this modality generatable on the target side. */
  boolean canBeTarget();

  /** The preprocessor names a slot may select with {@code preprocess=}. */
  List<String> preprocessors();

  /** The adapter names a slot may select with {@code adaptor=}. */
  List<String> adapters();

  /** The post-processor names this modality's targets use. */
  List<String> postprocessors();

  /**
   * The preprocessor used when the slot does not name one.
   *
   * @param side the slot's side
   * @param attributes the slot's converted attributes
   */
  String defaultPreprocessor(Side side, SlotAttributes attributes);

  /**
   * The adapter used when the slot does not name one.
   *
   * @param side the slot's side
   * @param attributes the slot's converted attributes
   */
  String defaultAdapter(Side side, SlotAttributes attributes);

  /**
   * The post-processor turning a generated target back into a typed value.
   *
   * @param adapter the slot's resolved adapter
   */
  String postprocessor(String adapter);

  /**
   * Whether a target slot with these settings can be generated, and with which loss and
   * generator. Not called for {@code no_loss} target slots (they are forced, not generated).
   *
   * @param attributes the slot's converted attributes
   * @param preprocessor the resolved preprocessor
   * @param adapter the resolved adapter
   */
  TargetSupport targetSupport(SlotAttributes attributes, String preprocessor, String adapter);
}
