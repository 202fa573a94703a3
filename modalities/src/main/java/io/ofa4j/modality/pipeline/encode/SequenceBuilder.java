package io.ofa4j.modality.pipeline.encode;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.kit.ExampleState;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.SlotEncoding;
import io.ofa4j.modality.pipeline.kit.SlotValues;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.modality.rope.RopeIndex;
import io.ofa4j.planner.plan.Segment;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out one example along its plan: literal chat tokens, text, slot values (through their
 * kits), expanded repeat groups; labels and loss mask from each segment's loss flag (target slots
 * that are not {@code no_loss}, and the closing token); adapter spans; positions.
 *
 * <p>Plain text pieces of a side are joined with single spaces (the planner trims them); layout
 * text (e.g. {@code user\n}) and special tokens are written as is.
 */
public final class SequenceBuilder {
  private final KitRegistry kits;
  private final KitContext ctx;

  /**
   * @param kits the modality kits
   * @param ctx tokenizer, location bins, training flag
   */
  public SequenceBuilder(KitRegistry kits, KitContext ctx) {
    this.kits = requireNonNull(kits, "kits is null");
    this.ctx = requireNonNull(ctx, "ctx is null");
  }

  /** The context (tokenizer and training flag). */
  public KitContext context() {
    return ctx;
  }

  /** A training example: the whole sequence with labels. */
  public EncodedExample encode(TaskPlan plan, RawExample example) {
    return build(plan, example, false);
  }

  /**
   * A generation prompt: the sequence up to the first loss-carrying token (forced prefix
   * included); target values need not be present.
   */
  public EncodedExample prompt(TaskPlan plan, RawExample example) {
    return build(plan, example, true);
  }

  private EncodedExample build(TaskPlan plan, RawExample example, boolean promptOnly) {
    requireNonNull(plan, "plan is null");
    requireNonNull(example, "example is null");
    Writer w = new Writer(plan, example, promptOnly);
    try {
      w.segments(plan.sequence(), null);
    } catch (StopAtLoss stop) {
      // prompt complete
    }
    return w.finish();
  }

  /** Thrown inside a prompt build when the first loss-carrying segment is reached. */
  private static final class StopAtLoss extends RuntimeException {
    StopAtLoss() {
      super(null, null, false, false);
    }
  }

  private final class Writer {
    final TaskPlan plan;
    final RawExample ex;
    final boolean promptOnly;
    final ExampleState state;
    final List<Integer> ids = new ArrayList<>();
    final List<Boolean> loss = new ArrayList<>();
    final List<AdapterSpan> spans = new ArrayList<>();
    int promptLength = -1;
    Side textSide;

    Writer(TaskPlan plan, RawExample ex, boolean promptOnly) {
      this.plan = plan;
      this.ex = ex;
      this.promptOnly = promptOnly;
      this.state = new ExampleState(ex.origin());
    }

    void segments(List<Segment> segments, Object item) {
      for (Segment s : segments) {
        if (s.loss() && promptLength < 0) {
          promptLength = ids.size();
          if (promptOnly) {
            // the generated target joins preceding target text with a space, as in training
            state.spaceBefore(textSide == Side.TARGET);
            throw new StopAtLoss();
          }
        }
        if (s instanceof Segment.Special sp) {
          add(new int[] {ctx.id(sp.token())}, sp.loss());
          textSide = null;
        } else if (s instanceof Segment.Text t) {
          if (t.layout()) {
            add(ctx.encode(t.text()), false);
            textSide = null;
          } else {
            state.spaceBefore(textSide == t.side());
            add(ctx.encode(state.spaced(t.text())), false);
            textSide = t.side();
          }
        } else if (s instanceof Segment.SlotRef r) {
          slot(plan.slots().get(r.slot()), r, item);
        } else if (s instanceof Segment.Repeat g) {
          for (Object it : RepeatItems.items(plan, g, ex)) {
            segments(g.body(), it);
          }
        }
      }
    }

    void slot(SlotPlan slot, Segment.SlotRef ref, Object item) {
      Object value = null;
      try {
        if (item != null) {
          value = RepeatItems.value(item, slot);
        } else {
          value = ex.slots().get(slot.name());
          if (value == null) {
            throw new IllegalArgumentException("the example has no value for it; slots: " + ex.slots().keySet());
          }
        }
        if (slot.side() == Side.TARGET && slot.loss() == LossRule.MODALITY_LOSS) {
          throw new UnsupportedOperationException(slot.modality()
              + " targets need a modality output head, which is planned only");
        }
        state.spaceBefore(textSide == slot.side());
        SlotEncoding enc = kits.kit(slot.modality()).encode(slot, value, ctx, state);
        if (enc instanceof SlotEncoding.Tokens t) {
          add(t.ids(), ref.loss());
          textSide = slot.side();
        } else if (enc instanceof SlotEncoding.Span sp) {
          spans.add(new AdapterSpan(ids.size(), slot.name(), slot.modality(), sp.features()));
          int[] pad = new int[sp.features().tokens()];
          Arrays.fill(pad, sp.placeholderId());
          add(pad, false); // embeddings are context: predicting them carries no token loss
          textSide = null;
        }
        if (slot.encoding() == Encoding.EMBEDDINGS && !(enc instanceof SlotEncoding.Span)) {
          throw new IllegalStateException("kit " + slot.modality() + " returned tokens for an embedded slot");
        }
      } catch (ExampleEncodingException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ExampleEncodingException(ex.origin(), slot.name(), SlotValues.describe(value), e);
      }
    }

    void add(int[] tokens, boolean carriesLoss) {
      for (int id : tokens) {
        ids.add(id);
        loss.add(carriesLoss);
      }
    }

    EncodedExample finish() {
      int t = ids.size();
      int[] idArr = ids.stream().mapToInt(Integer::intValue).toArray();
      int[] labels = new int[t];
      float[] mask = new float[t];
      Arrays.fill(labels, -100);
      for (int j = 1; j < t; j++) {
        if (loss.get(j)) { // the token at j is predicted from position j - 1
          labels[j - 1] = idArr[j];
          mask[j - 1] = 1f;
        }
      }
      int[] positions = new int[t];
      for (int j = 0; j < t; j++) {
        positions[j] = j;
      }
      return new EncodedExample(idArr, labels, mask, spans, positions, mrope(idArr),
          promptLength < 0 ? t : promptLength, state, ex.origin());
    }

    long[][] mrope(int[] idArr) {
      List<int[]> images = new ArrayList<>();
      List<int[]> videos = new ArrayList<>();
      for (AdapterSpan s : spans) {
        if (s.features().grid() != null) {
          (s.modality().equals("VIDEO") ? videos : images).add(s.features().grid());
        }
      }
      if (plan.positions() != PositionScheme.MROPE || (images.isEmpty() && videos.isEmpty())) {
        return null;
      }
      long[][] in = {Arrays.stream(idArr).asLongStream().toArray()};
      RopeIndex index = new RopeIndex(ctx.id(ModalityTokens.IMAGE_PAD), ctx.id(ModalityTokens.VIDEO_PAD),
          ctx.id(ModalityTokens.VISION_START), 2);
      long[][][] p = index.compute(in, null, images, videos).positionIds(); // [3, 1, T]
      return new long[][] {p[0][0], p[1][0], p[2][0]};
    }
  }
}
