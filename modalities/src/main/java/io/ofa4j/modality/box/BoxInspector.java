package io.ofa4j.modality.box;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * {@code ofa4j preprocess} for BOX: the file is the image the box refers to (only its size is
 * read); attribute {@code box=x0,y0,x1,y1} (required, original pixels), {@code max_image_size}
 * (default 512: the image is resized OFASys-style so its longer side is at most this), {@code
 * num_bins} (default 1000). Shows the bins, the location tokens, the decoded box and the Qwen-VL
 * text form; the features are the four bins.
 */
public final class BoxInspector implements PreprocessInspector {
  private static final Set<String> ATTRIBUTES = Set.of("box", "max_image_size", "num_bins");

  /** Creates the inspector. */
  public BoxInspector() {}

  @Override
  public String modality() {
    return "BOX";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    requireNonNull(file, "file is null");
    requireNonNull(attributes, "attributes is null");
    for (String k : attributes.keySet()) {
      if (!ATTRIBUTES.contains(k)) {
        throw new IllegalArgumentException("unknown BOX attribute '" + k + "'; known: " + ATTRIBUTES);
      }
    }
    String boxText = attributes.get("box");
    if (boxText == null) {
      throw new IllegalArgumentException("BOX inspection needs attribute box=x0,y0,x1,y1");
    }
    int maxSize = positive(attributes, "max_image_size", 512);
    int bins = positive(attributes, "num_bins", LocationVocabulary.DEFAULT_BINS);
    int[] size = imageSize(file);
    BoundingBox box = BoxParser.parse(boxText, size[0], size[1]);
    double scale = (double) maxSize / Math.max(size[0], size[1]); // OFASys RandomResize([size], max_size=size)
    ImageResize resize = new ImageResize(size[0], size[1], (int) Math.max(1, Math.round(size[0] * scale)),
        (int) Math.max(1, Math.round(size[1] * scale)), maxSize);
    BoxQuantizer q = new BoxQuantizer(new LocationVocabulary(0, bins));
    int[] b = q.bins(box, resize);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file.toString());
    s.put("image_size", List.of(size[0], size[1]));
    s.put("resized_size", List.of(resize.resizedWidth(), resize.resizedHeight()));
    s.put("box", box.text());
    s.put("bins", List.of(b[0], b[1], b[2], b[3]));
    s.put("tokens", q.encodeText(box, resize));
    s.put("decoded_box", q.decode(b, resize).text());
    s.put("qwen_vl", QwenVlBoxFormat.format(box, size[0], size[1]));
    return new Inspection(s, new float[] {b[0], b[1], b[2], b[3]}, new long[] {4});
  }

  private static int positive(Map<String, String> a, String key, int dflt) {
    String v = a.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n > 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the value found
    }
    throw new IllegalArgumentException("BOX attribute " + key + ": expected an integer > 1, found '" + v + "'");
  }

  /** Width and height from the image header, without decoding the pixels. */
  private static int[] imageSize(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IllegalArgumentException(file + ": not a readable image");
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in);
        return new int[] {r.getWidth(0), r.getHeight(0)};
      } finally {
        r.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read image " + file, e);
    }
  }
}
