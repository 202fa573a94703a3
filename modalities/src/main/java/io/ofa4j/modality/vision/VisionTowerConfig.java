package io.ofa4j.modality.vision;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import tools.jackson.databind.JsonNode;

/**
 * Shape of a Qwen2-VL vision tower ({@code Qwen2VLVisionConfig}: {@code vision_config} in a
 * checkpoint's {@code config.json}).
 *
 * @param depth number of transformer blocks ({@code depth})
 * @param embedDim width inside the tower ({@code embed_dim})
 * @param numHeads attention heads ({@code num_heads})
 * @param mlpRatio MLP width over {@code embed_dim} ({@code mlp_ratio})
 * @param hiddenSize output width = the language model's hidden size ({@code hidden_size})
 * @param inChannels image channels ({@code in_channels})
 * @param patchSize spatial patch side ({@code spatial_patch_size})
 * @param temporalPatchSize frames per patch ({@code temporal_patch_size})
 * @param spatialMergeSize side of the square the PatchMerger fuses ({@code spatial_merge_size})
 * @param layerNormEps LayerNorm epsilon (1e-6 in Qwen2-VL)
 * @param dataType floating type of the graph (FLOAT for training, DOUBLE for reference checks)
 */
public record VisionTowerConfig(
    int depth,
    int embedDim,
    int numHeads,
    int mlpRatio,
    int hiddenSize,
    int inChannels,
    int patchSize,
    int temporalPatchSize,
    int spatialMergeSize,
    double layerNormEps,
    DataType dataType) {

  /** Validates every field, naming it and the value found. */
  public VisionTowerConfig {
    requireNonNull(dataType, "dataType is null");
    positive("depth", depth);
    positive("embed_dim", embedDim);
    positive("num_heads", numHeads);
    positive("mlp_ratio", mlpRatio);
    positive("hidden_size", hiddenSize);
    positive("in_channels", inChannels);
    positive("spatial_patch_size", patchSize);
    positive("temporal_patch_size", temporalPatchSize);
    positive("spatial_merge_size", spatialMergeSize);
    if (embedDim % numHeads != 0 || (embedDim / numHeads) % 4 != 0) {
      throw new IllegalArgumentException("embed_dim / num_heads must be a multiple of 4 (2-D rotary halves), found "
          + embedDim + " / " + numHeads);
    }
    if (!(layerNormEps > 0)) {
      throw new IllegalArgumentException("layer_norm_eps must be positive, found " + layerNormEps);
    }
    if (!dataType.isFPType()) {
      throw new IllegalArgumentException("dataType must be floating point, found " + dataType);
    }
  }

  private static void positive(String field, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(field + " must be positive, found " + v);
    }
  }

  /** The golden tiny tower: depth 2, embed 32, 4 heads, MLP 128, output 64 (87,872 parameters). */
  public static VisionTowerConfig tiny() {
    return new VisionTowerConfig(2, 32, 4, 4, 64, 3, 14, 2, 2, 1e-6, DataType.FLOAT);
  }

  /**
   * A small trainable tower for CPU experiments: depth 4, embed 64, 4 heads, MLP 256, output
   * {@code hiddenSize} (about 360k parameters for hidden 64).
   */
  public static VisionTowerConfig small(int hiddenSize) {
    return new VisionTowerConfig(4, 64, 4, 4, hiddenSize, 3, 14, 2, 2, 1e-6, DataType.FLOAT);
  }

  /** Number of scalar weights. */
  public long parameterCount() {
    return VisionWeights.shapes(this).values().stream()
        .mapToLong(s -> Arrays.stream(s).reduce(1, (a, b) -> a * b)).sum();
  }

  /** Reads {@code vision_config} from a parsed {@code config.json} (or the section itself). */
  public static VisionTowerConfig fromJson(JsonNode config) {
    requireNonNull(config, "config is null");
    JsonNode v = config.has("vision_config") ? config.get("vision_config") : config;
    return new VisionTowerConfig(
        v.get("depth").asInt(),
        v.get("embed_dim").asInt(),
        v.get("num_heads").asInt(),
        v.get("mlp_ratio").asInt(),
        v.get("hidden_size").asInt(),
        v.has("in_channels") ? v.get("in_channels").asInt() : v.get("in_chans").asInt(),
        v.has("spatial_patch_size") ? v.get("spatial_patch_size").asInt() : v.get("patch_size").asInt(),
        v.get("temporal_patch_size").asInt(),
        v.get("spatial_merge_size").asInt(),
        1e-6,
        DataType.FLOAT);
  }

  /** A copy computing in {@code type}. */
  public VisionTowerConfig withDataType(DataType type) {
    return new VisionTowerConfig(depth, embedDim, numHeads, mlpRatio, hiddenSize, inChannels, patchSize,
        temporalPatchSize, spatialMergeSize, layerNormEps, type);
  }

  /** Channels per head. */
  public int headDim() {
    return embedDim / numHeads;
  }

  /** Width of one input patch row: {@code in_channels * temporal * patch * patch} (1176). */
  public int patchDim() {
    return inChannels * temporalPatchSize * patchSize * patchSize;
  }

  /** Width of the block MLP. */
  public int mlpDim() {
    return embedDim * mlpRatio;
  }

  /** Width of the PatchMerger input: {@code embed_dim * merge^2}. */
  public int mergedDim() {
    return embedDim * spatialMergeSize * spatialMergeSize;
  }
}
