package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.modality.phone.EnglishG2p;
import io.ofa4j.modality.phone.PhoneVocabulary;
import io.ofa4j.modality.pipeline.adapter.PhoneEmbeddingAdapter;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.SlotPlan;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * PHONE (an input modality): English text through G2P (CMUdict + letter-to-sound) to ARPAbet
 * phones, or a list of phones as is; ids of the ARPAbet vocabulary embedded by the phone table
 * adapter, one {@code <|phone_pad|>} per phone.
 */
@ModalityName("PHONE")
public final class PhoneKit implements ModalityKit {
  private final PhoneVocabulary vocabulary = PhoneVocabulary.arpabet();
  private final PhoneEmbeddingAdapter adapter;
  private EnglishG2p g2p;

  /** A kit embedding into the decoder width of {@code settings}. */
  @Inject
  public PhoneKit(KitSettings settings) {
    this.adapter = new PhoneEmbeddingAdapter(vocabulary.size(), settings.hiddenSize());
  }

  @Override
  public String modality() {
    return "PHONE";
  }

  @Override
  public Optional<SpanAdapter> adapter() {
    return Optional.of(adapter);
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
    int[] ids = vocabulary.encode(phones);
    float[][] oneHot = new float[ids.length][vocabulary.size()]; // [T, P]
    for (int t = 0; t < ids.length; t++) {
      oneHot[t][ids[t]] = 1f;
    }
    SpanFeatures f = new SpanFeatures(PhoneEmbeddingAdapter.NAME, Nd4j.createFromArray(oneHot), ids.length, null);
    return new SlotEncoding.Span(ctx.id(ModalityTokens.PHONE_PAD), f);
  }

  private synchronized EnglishG2p g2p() {
    if (g2p == null) {
      g2p = EnglishG2p.withShippedDictionary(); // the dictionary is large: load on first use
    }
    return g2p;
  }
}
