package io.ofa4j.task.synthetic.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Scene} with Java2D. Anti-aliasing is off so that the pixels, and therefore the
 * PNG bytes, are the same on every JVM (the synthetic datasets are deterministic by seed).
 */
public final class SceneRenderer {
  private static final Color BACKGROUND = new Color(235, 235, 235);

  private SceneRenderer() {}

  /** The scene as an RGB image. */
  public static BufferedImage render(Scene scene) {
    BufferedImage img = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, scene.width(), scene.height());
      for (SceneObject o : scene.objects()) {
        g.setColor(new Color(o.colour().rgb()));
        int w = o.x1() - o.x0();
        int h = o.y1() - o.y0();
        switch (o.shape()) {
          case CIRCLE -> g.fillOval(o.x0(), o.y0(), w, h);
          case SQUARE -> g.fillRect(o.x0(), o.y0(), w, h);
          case TRIANGLE -> g.fillPolygon(new Polygon(
              new int[] {o.x0() + w / 2, o.x1(), o.x0()}, new int[] {o.y0(), o.y1(), o.y1()}, 3));
        }
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The scene as PNG bytes. */
  public static byte[] png(Scene scene) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(render(scene), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode scene as PNG", e);
    }
    return out.toByteArray();
  }
}
