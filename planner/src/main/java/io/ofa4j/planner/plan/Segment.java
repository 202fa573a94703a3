package io.ofa4j.planner.plan;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.spi.Side;
import java.util.List;

/**
 * One piece of the decoder sequence, in order. Segments on the prompt part of the layout (chat
 * headers, the source) have side {@link Side#SOURCE}.
 */
public sealed interface Segment {

  /** The side this segment belongs to. */
  Side side();

  /** Whether the tokens of this segment carry training loss. */
  boolean loss();

  /**
   * A special token written literally, e.g. {@code <|im_start|>} or {@code <|vision_start|>}.
   *
   * @param token the token text
   * @param side the side
   * @param loss whether it carries loss (the closing token does)
   */
  record Special(String token, Side side, boolean loss) implements Segment {
    public Special {
      requireNonNull(token, "token is null");
      requireNonNull(side, "side is null");
    }
  }

  /**
   * Literal text: the instruction's plain text, or layout text such as {@code user\n}.
   *
   * @param text the text, tokenized as is
   * @param side the side
   * @param layout whether the layout (not the instruction) added it
   */
  record Text(String text, Side side, boolean layout) implements Segment {
    public Text {
      requireNonNull(text, "text is null");
      requireNonNull(side, "side is null");
    }

    @Override
    public boolean loss() {
      return false;
    }
  }

  /**
   * A slot's value.
   *
   * @param slot index into {@link TaskPlan#slots()}
   * @param side the side
   * @param loss whether it carries loss
   */
  record SlotRef(int slot, Side side, boolean loss) implements Segment {
    public SlotRef {
      requireNonNull(side, "side is null");
      if (slot < 0) {
        throw new IllegalArgumentException("slot index (" + slot + ") must be >= 0");
      }
    }
  }

  /**
   * A repeat group: the body appears zero or more times per example.
   *
   * @param group the group's index within the template
   * @param side the side
   * @param body the repeated segments
   */
  record Repeat(int group, Side side, List<Segment> body) implements Segment {
    public Repeat {
      requireNonNull(side, "side is null");
      body = List.copyOf(requireNonNull(body, "body is null"));
    }

    @Override
    public boolean loss() {
      return body.stream().anyMatch(Segment::loss);
    }
  }
}
