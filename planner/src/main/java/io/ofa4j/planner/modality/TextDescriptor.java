package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Map;

/**
 * TEXT: a string column tokenized by the backbone's tokenizer. As a target it is free text, or a
 * label list with {@code closed_set} (loss and decoding restricted to the labels).
 */
@ModalityName("TEXT")
public final class TextDescriptor implements ModalityDescriptor {

  /** Default token limit of a text slot. */
  public static final long DEFAULT_MAX_LENGTH = 1024;

  private static final List<AttributeSpec> ATTRIBUTES = CommonAttributes.join(
      CommonAttributes.base(),
      CommonAttributes.textual(DEFAULT_MAX_LENGTH),
      List.of(AttributeSpec.flag(CommonAttributes.CLOSED_SET,
          "target is one of the column's labels: loss and decoding restricted to them")));

  @Override
  public String name() {
    return "TEXT";
  }

  @Override
  public String description() {
    return "text tokenized by the backbone tokenizer";
  }

  @Override
  public List<AttributeSpec> attributes() {
    return ATTRIBUTES;
  }

  @Override
  public Encoding encoding() {
    return Encoding.TOKENS;
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public List<String> preprocessors() {
    // text_phone: OFASys ASR target text mapped through the phone dictionary.
    return List.of("text", "text_phone");
  }

  @Override
  public List<String> adapters() {
    return List.of("text");
  }

  @Override
  public List<String> postprocessors() {
    return List.of("text");
  }

  @Override
  public String defaultPreprocessor(Side side, SlotAttributes attributes) {
    return "text";
  }

  @Override
  public String defaultAdapter(Side side, SlotAttributes attributes) {
    return "text";
  }

  @Override
  public String postprocessor(String adapter) {
    return "text";
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    if (attributes.flag(CommonAttributes.CLOSED_SET)) {
      return new TargetSupport.Generatable(LossRule.CLOSED_SET_CE, GeneratorKind.CLOSED_SET,
          Map.of(), null);
    }
    return new TargetSupport.Generatable(LossRule.TOKEN_CE, GeneratorKind.FREE_TEXT,
        Map.of(CommonAttributes.MAX_LENGTH,
            Long.toString(attributes.integer(CommonAttributes.MAX_LENGTH))), null);
  }
}
