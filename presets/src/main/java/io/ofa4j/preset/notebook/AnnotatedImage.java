package io.ofa4j.preset.notebook;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.report.Box;
import io.ofa4j.preset.report.Html;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * An image with labelled boxes drawn on it (for example the gold region in green and the
 * predicted one in red) and an optional caption under it, ready for a notebook: {@link #render()}
 * gives a {@code BufferedImage} (the rapaio kernel's {@code display(image)} shows it as PNG),
 * {@link #png()} and {@link #base64Png()} the encoded bytes, {@link #toHtml()} an inline
 * {@code <figure>}. Immutable: {@link #with} returns a copy with one more box.
 */
public final class AnnotatedImage {
  /** Colour of a predicted box. */
  public static final Color PREDICTED = new Color(230, 40, 40);
  /** Colour of a reference (gold) box. */
  public static final Color GOLD = new Color(30, 170, 60);

  /**
   * One box to draw.
   *
   * @param box pixel coordinates in the image
   * @param label text written on a filled tag above the box, or {@code null}
   * @param color outline and tag colour
   */
  public record Mark(Box box, String label, Color color) {
    public Mark {
      requireNonNull(box, "box is null");
      requireNonNull(color, "color is null");
    }
  }

  private final BufferedImage image;
  private final List<Mark> marks;
  private final String caption;

  private AnnotatedImage(BufferedImage image, List<Mark> marks, String caption) {
    this.image = requireNonNull(image, "image is null");
    this.marks = List.copyOf(marks);
    this.caption = caption;
  }

  /** The image with no boxes and no caption (the image is not copied and never modified). */
  public static AnnotatedImage of(BufferedImage image) {
    return new AnnotatedImage(image, List.of(), null);
  }

  /** A copy with one more box drawn in {@code color}. */
  public AnnotatedImage with(Box box, String label, Color color) {
    List<Mark> more = new ArrayList<>(marks);
    more.add(new Mark(box, label, color));
    return new AnnotatedImage(image, more, caption);
  }

  /** A copy with one more predicted (red) box. */
  public AnnotatedImage predicted(Box box, String label) {
    return with(box, label, PREDICTED);
  }

  /** A copy with one more gold (green) box. */
  public AnnotatedImage gold(Box box, String label) {
    return with(box, label, GOLD);
  }

  /** A copy with this caption under the image in {@link #toHtml()} ({@code null} for none). */
  public AnnotatedImage caption(String text) {
    return new AnnotatedImage(image, marks, text);
  }

  /** The boxes in drawing order. */
  public List<Mark> marks() {
    return marks;
  }

  /** The caption, or {@code null}. */
  public String caption() {
    return caption;
  }

  /**
   * A new RGB image with every box drawn: an outline about 1% of the shorter side thick (at
   * least 1 px), the label on a filled tag above the box or inside it at the top edge. Boxes
   * reaching outside the image are clipped to it.
   */
  public BufferedImage render() {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setStroke(new BasicStroke(Math.max(1, Math.min(w, h) / 100)));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, Math.min(w, h) / 16)));
      for (Mark m : marks) {
        draw(g, m, w, h);
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  private static void draw(Graphics2D g, Mark m, int w, int h) {
    int x0 = clamp(m.box().x0(), w);
    int y0 = clamp(m.box().y0(), h);
    g.setColor(m.color());
    g.drawRect(x0, y0, clamp(m.box().x1(), w) - x0, clamp(m.box().y1(), h) - y0);
    if (m.label() == null || m.label().isEmpty()) {
      return;
    }
    FontMetrics fm = g.getFontMetrics();
    int tw = fm.stringWidth(m.label()) + 4;
    int th = fm.getHeight();
    int ly = y0 - th >= 0 ? y0 - th : y0; // above the box, else inside it
    int lx = Math.min(x0, Math.max(0, w - tw));
    g.fillRect(lx, ly, tw, th);
    g.setColor(Color.WHITE);
    g.drawString(m.label(), lx + 2, ly + fm.getAscent());
  }

  private static int clamp(double v, int size) {
    return (int) Math.round(Math.max(0, Math.min(size - 1, v)));
  }

  /** {@link #render()} encoded as PNG. */
  public byte[] png() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(render(), "png", bytes)) {
        throw new IllegalStateException("no PNG writer is installed in ImageIO");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the annotated image as PNG", e);
    }
    return bytes.toByteArray();
  }

  /** {@link #png()} in base64 (what a Jupyter {@code image/png} output holds). */
  public String base64Png() {
    return Base64.getEncoder().encodeToString(png());
  }

  /**
   * An HTML {@code <figure>} with the PNG inline as a data URI, shown at {@code scale} times its
   * pixel size without smoothing (synthetic scenes are small), and the caption under it.
   */
  public String toHtml(int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be >= 1, got " + scale);
    }
    StringBuilder out = new StringBuilder("<figure><img src=\"data:image/png;base64,")
        .append(base64Png()).append("\" width=\"").append(image.getWidth() * scale)
        .append("\" style=\"image-rendering:pixelated\" alt=\"")
        .append(Html.escape(caption == null ? "image" : caption)).append("\">");
    if (caption != null) {
      out.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>");
    }
    return out.append("</figure>").toString();
  }

  /** {@link #toHtml(int)} at 2x. */
  public String toHtml() {
    return toHtml(2);
  }

  /** A one-line text summary: size, boxes and caption (what JShell prints). */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("image ").append(image.getWidth()).append('x')
        .append(image.getHeight());
    for (Mark m : marks) {
      Box b = m.box();
      out.append(String.format(Locale.ROOT, "; %s box (%.0f, %.0f, %.0f, %.0f)",
          m.label() == null ? "unlabelled" : m.label(), b.x0(), b.y0(), b.x1(), b.y1()));
    }
    if (caption != null) {
      out.append("; caption: ").append(caption);
    }
    return out.toString();
  }
}
