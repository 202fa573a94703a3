package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;

/**
 * PHONE: a phoneme sequence (OFASys TTS input), embedded by its own phone table. Source only:
 * phonemes are an intermediate representation, not an output.
 */
@ModalityName("PHONE")
public final class PhoneDescriptor extends BaseDescriptor {

  /** The built-in descriptor. */
  public PhoneDescriptor() {
    super("PHONE", "a phoneme sequence, embedded by the phone table", Encoding.EMBEDDINGS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.decimal(CommonAttributes.MASK_RATIO, "0.0", "0", "1",
                "fraction of phones masked while training"))),
        List.of("phone_ids"), List.of("phone"), List.of());
  }

  @Override
  public boolean canBeTarget() {
    return false;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    return new TargetSupport.NotGeneratable("PHONE cannot be generated: it is an input modality",
        "for speech recognition write [TEXT:text,preprocess=text_phone]");
  }
}
