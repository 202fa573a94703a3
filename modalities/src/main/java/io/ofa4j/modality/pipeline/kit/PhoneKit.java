package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.modality.phone.EnglishG2p;
import io.ofa4j.planner.plan.SlotPlan;
import java.util.List;

/**
 * PHONE: English text through G2P (CMUdict + letter-to-sound) to ARPAbet phones, written as
 * space-separated text; a list of strings is taken as phones already.
 */
public final class PhoneKit implements ModalityKit {
  private EnglishG2p g2p;

  @Override
  public String modality() {
    return "PHONE";
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    List<String> phones;
    if (value instanceof String s) {
      phones = g2p().phonemize(s);
    } else if (value instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
      phones = l.stream().map(String.class::cast).toList();
    } else {
      throw new IllegalArgumentException("expected text or a list of phones, found " + SlotValues.describe(value));
    }
    if (phones.isEmpty()) {
      throw new IllegalArgumentException("no phones for " + SlotValues.describe(value));
    }
    return new SlotEncoding.Tokens(ctx.encode(state.spaced(String.join(" ", phones))));
  }

  private synchronized EnglishG2p g2p() {
    if (g2p == null) {
      g2p = EnglishG2p.withShippedDictionary(); // the dictionary is large: load on first use
    }
    return g2p;
  }
}
