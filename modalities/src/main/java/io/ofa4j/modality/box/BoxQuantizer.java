package io.ofa4j.modality.box;

import static java.util.Objects.requireNonNull;

/**
 * OFA/OFASys box quantisation ({@code ofasys/preprocessor/default/box.py}): the box is first
 * scaled into the resized image ({@code x * resizedWidth / originalWidth}, same for y), then each
 * coordinate becomes {@code bin = round(coord / maxImageSize * (numBins - 1))} (round half to even,
 * as torch's {@code round}). Decoding inverts it: {@code coord = bin / (numBins - 1) *
 * maxImageSize / scale}. The round trip is exact to half a bin, i.e. {@code maxImageSize /
 * (numBins - 1) / 2 / scale} original pixels.
 */
public final class BoxQuantizer {
  private final LocationVocabulary vocabulary;

  /** A quantiser producing tokens of {@code vocabulary}. */
  public BoxQuantizer(LocationVocabulary vocabulary) {
    this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
  }

  /** The location vocabulary. */
  public LocationVocabulary vocabulary() {
    return vocabulary;
  }

  /** Bins {@code [x0, y0, x1, y1]} of a box given in original-image pixels. */
  public int[] bins(BoundingBox box, ImageResize resize) {
    requireNonNull(box, "box is null");
    requireNonNull(resize, "resize is null");
    box.checkInside(resize.originalWidth(), resize.originalHeight());
    return new int[] {
      bin(box.x0() * resize.scaleX(), resize), bin(box.y0() * resize.scaleY(), resize),
      bin(box.x1() * resize.scaleX(), resize), bin(box.y1() * resize.scaleY(), resize)
    };
  }

  /** Token ids {@code [x0, y0, x1, y1]} of a box. */
  public int[] encode(BoundingBox box, ImageResize resize) {
    int[] b = bins(box, resize);
    for (int i = 0; i < 4; i++) {
      b[i] = vocabulary.id(b[i]);
    }
    return b;
  }

  /** The token texts, space separated: {@code <bin_12> <bin_40> <bin_300> <bin_512>}. */
  public String encodeText(BoundingBox box, ImageResize resize) {
    int[] b = bins(box, resize);
    return vocabulary.name(b[0]) + " " + vocabulary.name(b[1]) + " " + vocabulary.name(b[2]) + " "
        + vocabulary.name(b[3]);
  }

  /**
   * Post-processing: four location token ids back to a box in original-image pixels.
   *
   * <p>A generating model may emit the two corners in either order; the decoded corners are
   * ordered per axis (min, max) so a prediction always post-processes to a valid box.
   *
   * @throws IllegalArgumentException when there are not 4 ids or one is not a location token
   */
  public BoundingBox decode(int[] ids, ImageResize resize) {
    requireNonNull(ids, "ids is null");
    requireNonNull(resize, "resize is null");
    if (ids.length != 4) {
      throw new IllegalArgumentException("a box needs 4 location tokens, found " + ids.length);
    }
    double step = resize.maxImageSize() / (double) (vocabulary.numBins() - 1);
    double x0 = vocabulary.bin(ids[0]) * step / resize.scaleX();
    double y0 = vocabulary.bin(ids[1]) * step / resize.scaleY();
    double x1 = vocabulary.bin(ids[2]) * step / resize.scaleX();
    double y1 = vocabulary.bin(ids[3]) * step / resize.scaleY();
    return new BoundingBox(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }

  private int bin(double coord, ImageResize resize) {
    int b = (int) Math.rint(coord / resize.maxImageSize() * (vocabulary.numBins() - 1));
    return Math.min(Math.max(b, 0), vocabulary.numBins() - 1);
  }
}
