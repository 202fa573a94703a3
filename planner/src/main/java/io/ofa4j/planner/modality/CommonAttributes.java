package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.AttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Attributes shared by several modalities, declared once (names follow OFASys). */
final class CommonAttributes {

  /** The attribute selecting the preprocessor. */
  static final String PREPROCESS = "preprocess";
  /** The attribute selecting the adapter (OFASys spelling; {@code adapter} is an alias). */
  static final String ADAPTOR = "adaptor";
  static final String NO_LOSS = "no_loss";
  static final String CLOSED_SET = "closed_set";
  static final String MAX_LENGTH = "max_length";
  static final String MASK_RATIO = "mask_ratio";

  private CommonAttributes() {}

  /** Attributes every modality accepts: loss switch, component choice, legacy BOS/EOS flags. */
  static List<AttributeSpec> base() {
    return List.of(
        AttributeSpec.flag(NO_LOSS,
            "context only: no loss on a target slot; forced as a prefix at inference"),
        new AttributeSpec(PREPROCESS, Set.of("preprocessor"), AttributeType.PREPROCESSOR, null,
            null, null, List.of(), "preprocessor turning the raw value into features"),
        new AttributeSpec(ADAPTOR, Set.of("adapter"), AttributeType.ADAPTER, null, null, null,
            List.of(), "adapter turning features into decoder embeddings"),
        AttributeSpec.flag("disable_auto_boseos",
            "do not wrap the slot in the modality's begin/end markers"),
        AttributeSpec.flag("add_bos", "legacy OFASys flag: begin token before the slot"),
        AttributeSpec.flag("add_eos", "legacy OFASys flag: end token after the slot"));
  }

  /** Text-like attributes: truncation, corruption and normalisation (OFASys text preprocess). */
  static List<AttributeSpec> textual(long defaultMaxLength) {
    return List.of(
        AttributeSpec.integer(MAX_LENGTH, defaultMaxLength, 1, null,
            "truncate to this many tokens (targets: generation limit)"),
        AttributeSpec.decimal("noise_ratio", "0.0", "0", "1",
            "fraction of target-input tokens replaced by random tokens while training"),
        AttributeSpec.decimal(MASK_RATIO, "0.0", "0", "1",
            "fraction of tokens masked (infilling) while training"),
        AttributeSpec.flag("uncased", "lower-case the text before tokenizing"),
        AttributeSpec.flag("no_punctuation", "strip punctuation before tokenizing"));
  }

  /** Concatenates attribute lists in order. */
  @SafeVarargs
  static List<AttributeSpec> join(List<AttributeSpec>... parts) {
    List<AttributeSpec> all = new ArrayList<>();
    for (List<AttributeSpec> p : parts) {
      all.addAll(p);
    }
    return List.copyOf(all);
  }
}
