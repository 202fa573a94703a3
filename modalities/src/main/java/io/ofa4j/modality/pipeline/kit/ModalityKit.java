package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.plan.SlotPlan;
import java.util.Optional;

/**
 * The extension point of one modality: everything the engine needs to put a slot value into the
 * decoder sequence and to read a generated value back. One kit per modality name ({@code IMAGE},
 * {@code BOX}, …), registered in {@link BuiltInKits} or with {@link ModalityKitBinder} in Guice.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #encode} turns a raw value (a {@code String}, {@code Path}, {@code double[4]} box,
 *       feature matrix, …) into tokens or an adapter span, reading the slot's typed attributes
 *       ({@link SlotPlan#attributes()}); augmentation only when {@link KitContext#training()}.
 *       It throws {@link IllegalArgumentException} naming the problem; the caller adds the slot
 *       and the origin.</li>
 *   <li>{@link #adapter()} is present when the kit encodes spans: the trainable graph from
 *       features to embeddings {@code [T, H]}, with weights in the shared parameter store under
 *       {@code visual.*} or {@code adapters.<name>.*}.</li>
 *   <li>{@link #decode} turns generated target ids into the typed value (text, a box in
 *       original-image pixels, a label).</li>
 * </ul>
 */
public interface ModalityKit {

  /** The modality name as the planner spells it, e.g. {@code IMAGE}. */
  String modality();

  /**
   * Encodes one slot value.
   *
   * @param slot the slot's plan (side, typed attributes)
   * @param value the raw value from the example
   * @param ctx tokenizer, location bins, training flag
   * @param state per-example state shared between slots (image geometry)
   */
  SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state);

  /** The adapter of span-encoded values; empty for token kits. */
  default Optional<SpanAdapter> adapter() {
    return Optional.empty();
  }

  /**
   * The typed value of generated target ids (forced prefix already stripped); text by default.
   */
  default Object decode(SlotPlan slot, int[] ids, KitContext ctx, ExampleState state) {
    return ctx.tokenizer().decode(ids, true).strip();
  }
}
