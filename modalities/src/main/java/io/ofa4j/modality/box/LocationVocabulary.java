package io.ofa4j.modality.box;

/**
 * The location tokens {@code <bin_0> .. <bin_{n-1}>} appended after a base vocabulary: token
 * {@code <bin_i>} has id {@code baseVocabSize + i}. OFASys spells them {@code <bin>_i} and adds
 * them to its dictionary the same way (after the BPE symbols).
 *
 * @param baseVocabSize size of the base (text) vocabulary, >= 0
 * @param numBins number of location tokens, >= 2 (OFA uses 1000)
 */
public record LocationVocabulary(int baseVocabSize, int numBins) {
  /** OFA's bin count. */
  public static final int DEFAULT_BINS = 1000;

  /** Validates sizes and that the ids fit into an int. */
  public LocationVocabulary {
    if (baseVocabSize < 0 || numBins < 2 || (long) baseVocabSize + numBins > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("invalid location vocabulary: baseVocabSize " + baseVocabSize
          + ", numBins " + numBins);
    }
  }

  /** Vocabulary size including the location tokens. */
  public int size() {
    return baseVocabSize + numBins;
  }

  /** Id of {@code <bin_bin>}. */
  public int id(int bin) {
    if (bin < 0 || bin >= numBins) {
      throw new IllegalArgumentException("location bin " + bin + " is outside [0, " + (numBins - 1) + "]");
    }
    return baseVocabSize + bin;
  }

  /** Whether {@code id} is a location token. */
  public boolean isLocation(int id) {
    return id >= baseVocabSize && id < size();
  }

  /** The bin of a location token id. */
  public int bin(int id) {
    if (!isLocation(id)) {
      throw new IllegalArgumentException("token id " + id + " is not a location token (ids " + baseVocabSize + ".."
          + (size() - 1) + ")");
    }
    return id - baseVocabSize;
  }

  /** The token text {@code <bin_i>}. */
  public String name(int bin) {
    id(bin);
    return "<bin_" + bin + ">";
  }

  /** The bin named by {@code <bin_i>}. */
  public int parseName(String name) {
    if (name == null || !name.startsWith("<bin_") || !name.endsWith(">")) {
      throw new IllegalArgumentException("not a location token: '" + name + "'");
    }
    int bin;
    try {
      bin = Integer.parseInt(name.substring(5, name.length() - 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a location token: '" + name + "'", e);
    }
    id(bin);
    return bin;
  }
}
