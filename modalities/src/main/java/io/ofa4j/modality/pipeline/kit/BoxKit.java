package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.box.BoxParser;
import io.ofa4j.modality.box.BoxQuantizer;
import io.ofa4j.modality.box.ImageResize;
import io.ofa4j.modality.box.QwenVlBoxFormat;
import io.ofa4j.planner.plan.SlotPlan;

/**
 * BOX: a box in original-image pixels ({@code double[4]}, {@link BoundingBox} or the text {@code
 * x0,y0,x1,y1}; {@code format=xywh} reads x, y, width, height) to exactly four location tokens
 * {@code <bin_x0> <bin_y0> <bin_x1> <bin_y1>} against the geometry of the example's image (OFA's
 * quantisation over the resized image, normalised by its longer side). Decoding inverts it.
 *
 * <p>A kit made with {@link #BoxKit(boolean) BoxKit(true)} writes SOURCE boxes in Qwen-VL's text
 * form instead, {@code <|box_start|>(x0,y0),(x1,y1)<|box_end|>} on a 0..1000 grid of the original
 * image (what Qwen-VL checkpoints were trained on); targets stay four location tokens.
 */
@ModalityName("BOX")
public final class BoxKit implements ModalityKit {
  /** Location tokens per box. */
  public static final int TOKENS = 4;

  private final boolean qwenVlTextSource;

  /** Location tokens on both sides. */
  public BoxKit() {
    this(false);
  }

  /** @param qwenVlTextSource whether source boxes use Qwen-VL's text form */
  public BoxKit(boolean qwenVlTextSource) {
    this.qwenVlTextSource = qwenVlTextSource;
  }

  @Override
  public String modality() {
    return "BOX";
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    ImageResize resize = geometry(state);
    BoundingBox box = box(value, "xywh".equals(slot.attributes().text("format")), resize);
    if (qwenVlTextSource && slot.side() == io.ofa4j.planner.spi.Side.SOURCE) {
      return new SlotEncoding.Tokens(ctx.encode(
          QwenVlBoxFormat.format(box, resize.originalWidth(), resize.originalHeight())));
    }
    return new SlotEncoding.Tokens(new BoxQuantizer(ctx.locations()).encode(box, resize));
  }

  @Override
  public Object decode(SlotPlan slot, int[] ids, KitContext ctx, ExampleState state) {
    if (ids.length != TOKENS) {
      throw new IllegalArgumentException("a box needs " + TOKENS + " location tokens, got " + ids.length);
    }
    return new BoxQuantizer(ctx.locations()).decode(ids, geometry(state));
  }

  private static ImageResize geometry(ExampleState state) {
    ImageResize r = state.image();
    if (r == null) {
      throw new IllegalArgumentException("a BOX slot needs an IMAGE slot before it (boxes are "
          + "quantised against the image size)");
    }
    return r;
  }

  private static BoundingBox box(Object value, boolean xywh, ImageResize r) {
    BoundingBox b;
    if (value instanceof BoundingBox bb) {
      b = bb;
    } else if (value instanceof double[] d) {
      if (d.length != TOKENS) {
        throw new IllegalArgumentException("a box needs 4 coordinates, found " + SlotValues.describe(value));
      }
      b = xywh ? new BoundingBox(d[0], d[1], d[0] + d[2], d[1] + d[3]) : new BoundingBox(d[0], d[1], d[2], d[3]);
    } else if (value instanceof String s) {
      b = BoxParser.parse(s, r.originalWidth(), r.originalHeight());
    } else {
      throw new IllegalArgumentException("expected a box (double[4], BoundingBox or 'x0,y0,x1,y1'), found "
          + SlotValues.describe(value));
    }
    return b.checkInside(r.originalWidth(), r.originalHeight());
  }
}
