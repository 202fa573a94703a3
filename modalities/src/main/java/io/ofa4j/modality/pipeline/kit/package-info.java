/**
 * Modality kits: {@link io.ofa4j.modality.pipeline.kit.ModalityKit} (pre-process a raw value to
 * tokens or an adapter span, decode generated ids), the built-in kits (TEXT, CATEGORY, BOX, STRUCT,
 * PHONE, IMAGE, VIDEO, AUDIO, MOTION), their registry and Guice wiring.
 */
package io.ofa4j.modality.pipeline.kit;
