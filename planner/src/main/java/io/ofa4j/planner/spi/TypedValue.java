package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** An attribute value converted to its declared {@link AttributeType}. */
public sealed interface TypedValue {

  /** The value as printed in plans ({@code true}, {@code 256}, {@code 0.2}, {@code image_vqgan}). */
  String display();

  /** A boolean value. */
  record Bool(boolean value) implements TypedValue {
    @Override
    public String display() {
      return Boolean.toString(value);
    }
  }

  /** An integer value. */
  record Int(long value) implements TypedValue {
    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  /** A decimal value, kept exact as written. */
  record Real(BigDecimal value) implements TypedValue {
    public Real {
      requireNonNull(value, "value is null");
    }

    @Override
    public String display() {
      return value.toPlainString();
    }
  }

  /** A text value (strings, enum constants, component names). */
  record Text(String value) implements TypedValue {
    public Text {
      requireNonNull(value, "value is null");
    }

    @Override
    public String display() {
      return value;
    }
  }
}
