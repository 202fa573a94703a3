package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.modality.vision.VisionTowerConfig;

/**
 * Sizes of the built-in kits' adapters, all emitting the decoder width.
 *
 * @param hiddenSize decoder hidden size H
 * @param vision vision tower ({@code hiddenSize} must equal H)
 * @param audio audio adapter ({@code hiddenSize} must equal H)
 * @param motionFeatures motion_6d width {@code 6 + 6J}
 * @param motionIntermediate motion MLP width
 * @param numBins location bins of BOX slots
 * @param visionPositionCode whether the vision adapter adds its absolute 2-D position code
 *     ({@link io.ofa4j.modality.pipeline.adapter.GridPositionCode}) to the merged tokens
 */
public record KitSettings(int hiddenSize, VisionTowerConfig vision, AudioAdapterConfig audio,
    int motionFeatures, int motionIntermediate, int numBins, boolean visionPositionCode) {
  public KitSettings {
    requireNonNull(vision, "vision is null");
    requireNonNull(audio, "audio is null");
    if (vision.hiddenSize() != hiddenSize) {
      throw new IllegalArgumentException("vision tower emits width " + vision.hiddenSize()
          + ", decoder hidden_size is " + hiddenSize);
    }
    if (audio.hiddenSize() != hiddenSize) {
      throw new IllegalArgumentException("audio adapter emits width " + audio.hiddenSize()
          + ", decoder hidden_size is " + hiddenSize);
    }
    if (motionFeatures < 1 || motionIntermediate < 1 || numBins < 2) {
      throw new IllegalArgumentException("motionFeatures " + motionFeatures + ", motionIntermediate "
          + motionIntermediate + ", numBins " + numBins + " must be positive (bins >= 2)");
    }
  }

  /** Settings without the vision position code (Qwen2-VL's tower as published). */
  public KitSettings(int hiddenSize, VisionTowerConfig vision, AudioAdapterConfig audio,
      int motionFeatures, int motionIntermediate, int numBins) {
    this(hiddenSize, vision, audio, motionFeatures, motionIntermediate, numBins, false);
  }

  /**
   * Small adapters for tests and from-scratch models: a one-block vision tower of width 16, an
   * audio adapter over 80 mel bins, a motion MLP over {@code motionFeatures}.
   */
  public static KitSettings tiny(int hiddenSize, int motionFeatures) {
    VisionTowerConfig v = new VisionTowerConfig(1, 16, 2, 2, hiddenSize, 3, 14, 2, 2, 1e-6,
        org.nd4j.linalg.api.buffer.DataType.FLOAT);
    return new KitSettings(hiddenSize, v, new AudioAdapterConfig(80, 16, hiddenSize, 3),
        motionFeatures, 32, 1000);
  }

  /** The same settings computing in {@code type} (e.g. DOUBLE for gradient checks). */
  public KitSettings withDataType(org.nd4j.linalg.api.buffer.DataType type) {
    return new KitSettings(hiddenSize, vision.withDataType(type), audio, motionFeatures,
        motionIntermediate, numBins, visionPositionCode);
  }
}
