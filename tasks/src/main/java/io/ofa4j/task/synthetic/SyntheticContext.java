package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Random;

/**
 * What a {@link SyntheticDataset} needs besides the index.
 *
 * @param seed the dataset seed
 * @param labels the task's closed label set ({@code TaskSpec.labels()}), empty when free
 * @param media where media files go
 */
public record SyntheticContext(long seed, List<String> labels, MediaCache media) {

  public SyntheticContext {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    requireNonNull(media, "media is null");
  }

  /** A {@code java.util.Random} (a specified algorithm) for example {@code index} and a salt. */
  public Random random(long index, long salt) {
    return new Random(mix(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt));
  }

  /** A seed derived from (seed, index), for generators that take a seed per example. */
  public long seedOf(long index) {
    return mix(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x5851F42D4C957F2DL);
  }

  /** The label at {@code index} cycling through {@code labels} (balanced classes). */
  public String cycledLabel(long index, List<String> fallback) {
    List<String> l = labels.isEmpty() ? fallback : labels;
    return l.get((int) Math.floorMod(index, (long) l.size()));
  }

  /** SplitMix64 finaliser: decorrelates neighbouring seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
