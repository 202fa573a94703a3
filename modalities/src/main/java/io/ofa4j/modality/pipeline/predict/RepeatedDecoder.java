package io.ofa4j.modality.pipeline.predict;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.kit.BoxKit;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.planner.plan.GeneratorPlan;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.runtime.generate.DecoderSession;
import io.ofa4j.runtime.generate.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Greedy decoding of a REPEATED {@code ( [BOX] [TEXT] )*} target, item by item: four location
 * tokens (or the end token instead of the first), then label tokens until the model emits a
 * location token (the next item's first) or the end token, as the training sequences are laid out.
 */
final class RepeatedDecoder {
  private final SpanPromptModel lm;
  private final KitContext ctx;
  private final TokenRange bins;
  private final int end;
  private final KitRegistry kits;

  RepeatedDecoder(SpanPromptModel lm, KitContext ctx, TokenRange bins, int end, KitRegistry kits) {
    this.lm = lm;
    this.ctx = ctx;
    this.bins = bins;
    this.end = end;
    this.kits = kits;
  }

  Prediction decode(TaskPlan plan, GeneratorPlan gen, EncodedExample prompt, PredictOptions options) {
    List<GeneratorPlan> parts = gen.parts();
    if (parts.size() != 2 || parts.get(0).kind() != GeneratorKind.LOCATION_TOKENS) {
      throw new UnsupportedOperationException("REPEATED generation supports ( [BOX] [TEXT] )* items, found "
          + parts.stream().map(GeneratorPlan::kind).toList());
    }
    SlotPlan boxSlot = plan.slots().get(parts.get(0).slots().get(0));
    SlotPlan labelSlot = plan.slots().get(parts.get(1).slots().get(0));
    Set<Integer> special = ctx.tokenizer().vocabulary().specialIds();
    List<DetectedObject> objects = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    int budget = options.maxNewTokens();
    try (DecoderSession session = lm.startSession(1, prompt.length() + budget + 1)) {
      float[] logits = session.append(new int[][] {prompt.ids()})[0];
      int next = argmax(logits, id -> bins.contains(id) || id == end);
      while (next != end && objects.size() < options.maxObjects() && all.size() + BoxKit.TOKENS < budget) {
        int[] box = new int[BoxKit.TOKENS];
        box[0] = next;
        for (int k = 1; k < BoxKit.TOKENS; k++) {
          logits = session.append(new int[][] {{box[k - 1]}})[0];
          box[k] = argmax(logits, bins::contains);
        }
        logits = session.append(new int[][] {{box[BoxKit.TOKENS - 1]}})[0];
        List<Integer> label = new ArrayList<>();
        int tok = argmax(logits, id -> !bins.contains(id) && !special.contains(id)); // a label has >= 1 token
        while (true) {
          label.add(tok);
          logits = session.append(new int[][] {{tok}})[0];
          tok = argmax(logits, id -> bins.contains(id) || id == end || !special.contains(id));
          if (bins.contains(tok) || tok == end || all.size() + BoxKit.TOKENS + label.size() >= budget) {
            break;
          }
        }
        for (int b : box) {
          all.add(b);
        }
        all.addAll(label);
        int[] labelIds = label.stream().mapToInt(Integer::intValue).toArray();
        BoundingBox decoded = (BoundingBox) kits.kit(boxSlot.modality()).decode(boxSlot, box, ctx, prompt.state());
        objects.add(new DetectedObject(decoded,
            String.valueOf(kits.kit(labelSlot.modality()).decode(labelSlot, labelIds, ctx, prompt.state()))));
        next = bins.contains(tok) ? tok : end;
      }
    }
    int[] ids = all.stream().mapToInt(Integer::intValue).toArray();
    return new Prediction(List.copyOf(objects), ids, ctx.tokenizer().decode(ids, false));
  }

  private static int argmax(float[] logits, java.util.function.IntPredicate allowed) {
    int best = -1;
    for (int i = 0; i < logits.length; i++) {
      if (allowed.test(i) && (best < 0 || logits[i] > logits[best])) {
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no token allowed among " + logits.length + " logits");
    }
    return best;
  }
}
