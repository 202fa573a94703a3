package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a prediction on a copy of an image: the box as a rectangle outline and the caption on a
 * filled label above the box (inside the image when the box touches the top edge), like the
 * visualisations of OFA's grounding demo.
 */
public final class BoxOverlay {
  /** Outline and label colour. */
  public static final Color COLOR = new Color(230, 40, 40);

  private BoxOverlay() {}

  /**
   * @param image source (not modified)
   * @param box box to outline, or {@code null} for a caption only (drawn at the top-left)
   * @param caption text to write, or {@code null}
   * @return a new RGB image with the drawing
   */
  public static BufferedImage draw(BufferedImage image, Box box, String caption) {
    requireNonNull(image, "image is null");
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int stroke = Math.max(2, Math.min(w, h) / 100);
      g.setColor(COLOR);
      g.setStroke(new BasicStroke(stroke));
      int x0 = 0;
      int y0 = 0;
      if (box != null) {
        x0 = clamp(box.x0(), w);
        y0 = clamp(box.y0(), h);
        g.drawRect(x0, y0, clamp(box.x1(), w) - x0, clamp(box.y1(), h) - y0);
      }
      if (caption != null && !caption.isEmpty()) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, Math.min(w, h) / 20)));
        FontMetrics fm = g.getFontMetrics();
        int tw = fm.stringWidth(caption) + 6;
        int th = fm.getHeight();
        int ly = y0 - th >= 0 ? y0 - th : y0; // above the box, else inside it
        int lx = Math.min(x0, Math.max(0, w - tw));
        g.fillRect(lx, ly, tw, th);
        g.setColor(Color.WHITE);
        g.drawString(caption, lx + 3, ly + fm.getAscent());
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  private static int clamp(double v, int size) {
    return (int) Math.round(Math.max(0, Math.min(size - 1, v)));
  }
}
