package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.ast.AttributeValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Converts a written attribute value into its declared type. Failures carry one sentence naming
 * the attribute, the slot and the value found, e.g. {@code attribute 'max_length' of slot 'src'
 * expects an integer, found 'abc'}.
 */
public final class AttributeConversion {

  private AttributeConversion() {}

  /** The outcome of a conversion. */
  public sealed interface Result {}

  /** A converted value. */
  public record Converted(TypedValue value) implements Result {
    public Converted {
      requireNonNull(value, "value is null");
    }
  }

  /** A value that does not fit the spec. */
  public record Invalid(String message) implements Result {
    public Invalid {
      requireNonNull(message, "message is null");
    }
  }

  /**
   * Converts {@code written} (or a bare flag when {@code null}) for {@code spec}.
   *
   * @param spec the declared attribute
   * @param written the value as written, or {@code null} for a bare attribute
   * @param slot the slot's column or default name, for the message
   */
  public static Result convert(AttributeSpec spec, AttributeValue written, String slot) {
    requireNonNull(spec, "spec is null");
    requireNonNull(slot, "slot is null");
    String where = "attribute '" + spec.name() + "' of slot '" + slot + "'";
    if (written == null) {
      return spec.type() == AttributeType.BOOLEAN
          ? new Converted(new TypedValue.Bool(true))
          : new Invalid(where + " needs a value (" + spec.type().expectation() + ")");
    }
    String text = written.text();
    return switch (spec.type()) {
      case BOOLEAN -> toBoolean(text, where);
      case INT -> toInteger(spec, written, where);
      case FLOAT -> toDecimal(spec, written, where);
      case STRING, PREPROCESSOR, ADAPTER -> new Converted(new TypedValue.Text(text));
      case ENUM -> spec.allowedValues().contains(text)
          ? new Converted(new TypedValue.Text(text))
          : new Invalid(where + " expects one of " + String.join(", ", spec.allowedValues())
              + ", found '" + text + "'");
    };
  }

  private static Result toBoolean(String text, String where) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> new Converted(new TypedValue.Bool(true));
      case "false" -> new Converted(new TypedValue.Bool(false));
      default -> new Invalid(where + " expects true or false, found '" + text + "'");
    };
  }

  private static Result toInteger(AttributeSpec spec, AttributeValue written, String where) {
    BigDecimal number = number(written);
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      return new Invalid(where + " expects an integer, found '" + written.text() + "'");
    }
    String range = rangeProblem(spec, number, where, written.text());
    if (range != null) {
      return new Invalid(range);
    }
    try {
      return new Converted(new TypedValue.Int(number.longValueExact()));
    } catch (ArithmeticException e) {
      return new Invalid(where + " expects an integer, found '" + written.text() + "'");
    }
  }

  private static Result toDecimal(AttributeSpec spec, AttributeValue written, String where) {
    BigDecimal number = number(written);
    if (number == null) {
      return new Invalid(where + " expects a number, found '" + written.text() + "'");
    }
    String range = rangeProblem(spec, number, where, written.text());
    return range != null ? new Invalid(range) : new Converted(new TypedValue.Real(number));
  }

  private static BigDecimal number(AttributeValue written) {
    if (written instanceof AttributeValue.Number n) {
      return n.value();
    }
    try {
      // A quoted number ("0.5") is accepted; identifiers such as abc are not numbers.
      return written instanceof AttributeValue.QuotedString q ? new BigDecimal(q.text().trim())
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String rangeProblem(AttributeSpec spec, BigDecimal number, String where,
      String text) {
    boolean low = spec.min() != null && number.compareTo(spec.min()) < 0;
    boolean high = spec.max() != null && number.compareTo(spec.max()) > 0;
    if (!low && !high) {
      return null;
    }
    String lo = spec.min() == null ? "-inf" : spec.min().toPlainString();
    String hi = spec.max() == null ? "inf" : spec.max().toPlainString();
    return where + " must be in [" + lo + ", " + hi + "], found '" + text + "'";
  }
}
