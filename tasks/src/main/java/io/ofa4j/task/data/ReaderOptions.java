package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How a {@link DatasetReader} iterates.
 *
 * @param seed seeds the block permutations; same seed, same order
 * @param shuffleBuffer examples per shuffled block; 1 keeps file order. Bounds memory.
 * @param onMalformed fail or skip-and-count bad records
 * @param slotNames renames a format's slot names to the instruction's ({@code from -> to})
 */
public record ReaderOptions(long seed, int shuffleBuffer, OnMalformed onMalformed, Map<String, String> slotNames) {

  public ReaderOptions {
    requireNonNull(onMalformed, "onMalformed is null");
    requireNonNull(slotNames, "slotNames is null");
    if (shuffleBuffer < 1) {
      throw new IllegalArgumentException("shuffleBuffer must be >= 1 but was " + shuffleBuffer);
    }
    slotNames = Map.copyOf(slotNames);
  }

  /** File order, failing on the first malformed record. */
  public static ReaderOptions sequential() {
    return new ReaderOptions(0, 1, OnMalformed.FAIL, Map.of());
  }

  public ReaderOptions withShuffle(long newSeed, int buffer) {
    return new ReaderOptions(newSeed, buffer, onMalformed, slotNames);
  }

  public ReaderOptions with(OnMalformed policy) {
    return new ReaderOptions(seed, shuffleBuffer, policy, slotNames);
  }

  public ReaderOptions withSlotNames(Map<String, String> names) {
    return new ReaderOptions(seed, shuffleBuffer, onMalformed, names);
  }
}
