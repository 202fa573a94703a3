package io.ofa4j.planner.spi;

/** The type of a slot attribute, which decides how its written value is converted. */
public enum AttributeType {
  /** A flag: written bare ({@code no_loss}) or as {@code true}/{@code false}. */
  BOOLEAN("true or false"),
  /** A whole number such as {@code 256}. */
  INT("an integer"),
  /** A decimal number such as {@code 0.2}. */
  FLOAT("a number"),
  /** Any identifier, number or quoted string, kept as text. */
  STRING("a string"),
  /** One of a fixed list of identifiers ({@link AttributeSpec#allowedValues()}). */
  ENUM("one of the listed values"),
  /** The name of a preprocessor the modality offers ({@link ModalityDescriptor#preprocessors()}). */
  PREPROCESSOR("a preprocessor name"),
  /** The name of an adapter the modality offers ({@link ModalityDescriptor#adapters()}). */
  ADAPTER("an adapter name");

  private final String expectation;

  AttributeType(String expectation) {
    this.expectation = expectation;
  }

  /** What a value of this type looks like, for messages ("expects an integer"). */
  public String expectation() {
    return expectation;
  }
}
