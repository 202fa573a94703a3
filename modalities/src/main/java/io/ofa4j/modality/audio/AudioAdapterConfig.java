package io.ofa4j.modality.audio;

/**
 * Sizes of the {@link AudioAdapter}.
 *
 * @param numMelBins input feature bins (80 or 128 for Whisper features)
 * @param convChannels channels of both Conv1d layers
 * @param hiddenSize the backbone's hidden size (the projection's output)
 * @param kernelSize Conv1d kernel width, odd (padding {@code kernelSize / 2} keeps "same" centring)
 */
public record AudioAdapterConfig(int numMelBins, int convChannels, int hiddenSize, int kernelSize) {

  /** Validates that sizes are positive and the kernel odd. */
  public AudioAdapterConfig {
    if (numMelBins < 1 || convChannels < 1 || hiddenSize < 1) {
      throw new IllegalArgumentException("audio adapter sizes must be >= 1, found numMelBins " + numMelBins
          + ", convChannels " + convChannels + ", hiddenSize " + hiddenSize);
    }
    if (kernelSize < 1 || kernelSize % 2 == 0) {
      throw new IllegalArgumentException("kernelSize must be odd and >= 1, found " + kernelSize);
    }
  }

  /** Frames after the two stride-2 convolutions: {@code ceil(ceil(frames / 2) / 2)}. */
  public long outputFrames(long frames) {
    long t1 = (frames + 1) / 2;
    return (t1 + 1) / 2;
  }
}
