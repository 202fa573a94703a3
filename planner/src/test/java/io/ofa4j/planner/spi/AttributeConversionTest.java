package io.ofa4j.planner.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.SourceSpan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeConversionTest {

  private static final SourceSpan U = SourceSpan.UNKNOWN;
  private static final AttributeSpec MAX_LENGTH =
      AttributeSpec.integer("max_length", 1024, 1, null, "limit");
  private static final AttributeSpec MASK = AttributeSpec.decimal("mask_ratio", "0.0", "0", "1",
      "mask");

  private static AttributeConversion.Result convert(AttributeSpec spec, AttributeValue v) {
    return AttributeConversion.convert(spec, v, "src");
  }

  @Test
  void convertsIntegers() {
    assertThat(convert(MAX_LENGTH, AttributeValue.Number.of("876", U)))
        .isEqualTo(new AttributeConversion.Converted(new TypedValue.Int(876)));
  }

  @Test
  void rejectsAWordForAnInteger() {
    assertThat(convert(MAX_LENGTH, new AttributeValue.Identifier("abc", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'max_length' of slot 'src' expects an integer, found 'abc'"));
  }

  @Test
  void rejectsAFractionForAnInteger() {
    assertThat(convert(MAX_LENGTH, AttributeValue.Number.of("1.5", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'max_length' of slot 'src' expects an integer, found '1.5'"));
  }

  @Test
  void rejectsOutOfRangeNumbers() {
    assertThat(convert(MASK, AttributeValue.Number.of("1.5", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'mask_ratio' of slot 'src' must be in [0, 1], found '1.5'"));
    assertThat(convert(MAX_LENGTH, AttributeValue.Number.of("0", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'max_length' of slot 'src' must be in [1, inf], found '0'"));
  }

  @Test
  void keepsDecimalsExact() {
    assertThat(convert(MASK, AttributeValue.Number.of("0.30", U))).isEqualTo(
        new AttributeConversion.Converted(new TypedValue.Real(new BigDecimal("0.30"))));
  }

  @Test
  void bareFlagIsTrueAndBareValueIsMissing() {
    AttributeSpec flag = AttributeSpec.flag("no_loss", "x");
    assertThat(convert(flag, null))
        .isEqualTo(new AttributeConversion.Converted(new TypedValue.Bool(true)));
    assertThat(convert(flag, new AttributeValue.Identifier("False", U)))
        .isEqualTo(new AttributeConversion.Converted(new TypedValue.Bool(false)));
    assertThat(convert(flag, new AttributeValue.Identifier("maybe", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'no_loss' of slot 'src' expects true or false, found 'maybe'"));
    assertThat(convert(MAX_LENGTH, null)).isEqualTo(new AttributeConversion.Invalid(
        "attribute 'max_length' of slot 'src' needs a value (an integer)"));
  }

  @Test
  void enumAcceptsOnlyItsValues() {
    AttributeSpec mode = AttributeSpec.oneOf("mode", "fast", List.of("fast", "exact"), "m");
    assertThat(convert(mode, new AttributeValue.QuotedString("exact", U)))
        .isEqualTo(new AttributeConversion.Converted(new TypedValue.Text("exact")));
    assertThat(convert(mode, new AttributeValue.Identifier("exakt", U))).isEqualTo(
        new AttributeConversion.Invalid(
            "attribute 'mode' of slot 'src' expects one of fast, exact, found 'exakt'"));
  }
}
