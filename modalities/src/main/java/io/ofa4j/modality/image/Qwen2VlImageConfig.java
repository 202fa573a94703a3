package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

/**
 * Settings of the Qwen2-VL image processor; defaults are transformers 4.57.1's
 * {@code Qwen2VLImageProcessor}.
 *
 * @param minPixels lower bound on the resized pixel count ({@code min_pixels})
 * @param maxPixels upper bound on the resized pixel count ({@code max_pixels})
 * @param patchSize spatial patch side ({@code patch_size})
 * @param temporalPatchSize frames per patch ({@code temporal_patch_size})
 * @param mergeSize side of the square of patches the PatchMerger fuses ({@code merge_size})
 * @param imageMean per-channel mean (OpenAI CLIP)
 * @param imageStd per-channel standard deviation (OpenAI CLIP)
 * @param maxDecodePixels decode limit against decompression bombs
 */
public record Qwen2VlImageConfig(
    long minPixels,
    long maxPixels,
    int patchSize,
    int temporalPatchSize,
    int mergeSize,
    double[] imageMean,
    double[] imageStd,
    long maxDecodePixels) {

  /** OpenAI CLIP mean. */
  public static final double[] CLIP_MEAN = {0.48145466, 0.4578275, 0.40821073};

  /** OpenAI CLIP standard deviation. */
  public static final double[] CLIP_STD = {0.26862954, 0.26130258, 0.27577711};

  /** Validates every field, naming it and the value found. */
  public Qwen2VlImageConfig {
    requireNonNull(imageMean, "imageMean is null");
    requireNonNull(imageStd, "imageStd is null");
    if (minPixels <= 0 || maxPixels < minPixels) {
      throw new IllegalArgumentException(
          "need 0 < min_pixels <= max_pixels, found min_pixels=" + minPixels + " max_pixels=" + maxPixels);
    }
    if (patchSize <= 0 || temporalPatchSize <= 0 || mergeSize <= 0) {
      throw new IllegalArgumentException("patch_size, temporal_patch_size and merge_size must be positive, found "
          + patchSize + ", " + temporalPatchSize + ", " + mergeSize);
    }
    if (imageMean.length != 3 || imageStd.length != 3) {
      throw new IllegalArgumentException("image_mean and image_std need 3 values, found "
          + imageMean.length + " and " + imageStd.length);
    }
    if (maxDecodePixels <= 0) {
      throw new IllegalArgumentException("max_decode_pixels must be positive, found " + maxDecodePixels);
    }
    imageMean = imageMean.clone();
    imageStd = imageStd.clone();
  }

  /** Per-channel mean (a copy). */
  @Override
  public double[] imageMean() {
    return imageMean.clone();
  }

  /** Per-channel standard deviation (a copy). */
  @Override
  public double[] imageStd() {
    return imageStd.clone();
  }

  /** The transformers defaults: 56*56 .. 28*28*1280 pixels, patch 14, temporal 2, merge 2. */
  public static Qwen2VlImageConfig defaults() {
    return new Qwen2VlImageConfig(56 * 56, 28 * 28 * 1280, 14, 2, 2, CLIP_MEAN, CLIP_STD,
        ImageLoader.DEFAULT_MAX_DECODE_PIXELS);
  }

  /** A copy with other pixel bounds. */
  public Qwen2VlImageConfig withPixels(long min, long max) {
    return new Qwen2VlImageConfig(min, max, patchSize, temporalPatchSize, mergeSize, imageMean, imageStd,
        maxDecodePixels);
  }

  /** A copy with another decode limit. */
  public Qwen2VlImageConfig withMaxDecodePixels(long limit) {
    return new Qwen2VlImageConfig(minPixels, maxPixels, patchSize, temporalPatchSize, mergeSize, imageMean,
        imageStd, limit);
  }

  /** The side every resized dimension is a multiple of ({@code patch_size * merge_size}). */
  public int factor() {
    return patchSize * mergeSize;
  }

  /** Width of one flattened patch row: {@code 3 * temporal * patch * patch} (1176). */
  public int patchDim() {
    return 3 * temporalPatchSize * patchSize * patchSize;
  }
}
