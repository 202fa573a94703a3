package io.ofa4j.modality.box;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qwen-VL's textual box form, the alternative to location tokens: {@code
 * <|box_start|>(x0,y0),(x1,y1)<|box_end|>} with integer coordinates normalised to 0..1000 of the
 * image's width and height (Qwen-VL paper, section 2.2: "normalized within the range [0, 1000)";
 * here rounded to nearest and clamped to [0, 1000]). The box is spelt with ordinary text tokens.
 */
public final class QwenVlBoxFormat {
  /** Start marker. */
  public static final String BOX_START = "<|box_start|>";
  /** End marker. */
  public static final String BOX_END = "<|box_end|>";
  private static final Pattern BOX = Pattern.compile(
      Pattern.quote(BOX_START) + "\\((\\d+),(\\d+)\\),\\((\\d+),(\\d+)\\)" + Pattern.quote(BOX_END));

  private QwenVlBoxFormat() {}

  /** Formats a box of an image of {@code width x height}. */
  public static String format(BoundingBox box, int width, int height) {
    requireNonNull(box, "box is null");
    box.checkInside(width, height);
    return BOX_START + "(" + norm(box.x0(), width) + "," + norm(box.y0(), height) + "),(" + norm(box.x1(), width) + ","
        + norm(box.y1(), height) + ")" + BOX_END;
  }

  /** Parses the first box in {@code text} back to pixels of a {@code width x height} image. */
  public static BoundingBox parse(String text, int width, int height) {
    requireNonNull(text, "text is null");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, found " + width + "x" + height);
    }
    Matcher m = BOX.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + BOX_START + "(x0,y0),(x1,y1)" + BOX_END + " box in '" + text + "'");
    }
    int[] v = new int[4];
    for (int i = 0; i < 4; i++) {
      v[i] = Integer.parseInt(m.group(i + 1).length() > 6 ? "1000000" : m.group(i + 1));
      if (v[i] > 1000) {
        throw new IllegalArgumentException("box '" + m.group() + "': coordinate " + m.group(i + 1) + " exceeds 1000");
      }
    }
    return new BoundingBox(v[0] / 1000.0 * width, v[1] / 1000.0 * height, v[2] / 1000.0 * width,
        v[3] / 1000.0 * height);
  }

  private static long norm(double v, int size) {
    return Math.min(1000, Math.max(0, Math.round(v / size * 1000)));
  }
}
