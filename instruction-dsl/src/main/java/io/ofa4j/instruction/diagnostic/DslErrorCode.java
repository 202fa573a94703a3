package io.ofa4j.instruction.diagnostic;

/**
 * Stable diagnostic codes. Codes are part of the public contract ({@code ofa4j check --json}
 * prints them): add new ones, never rename or reuse.
 */
public enum DslErrorCode {
  // syntax (instruction-dsl)
  SYNTAX_ERROR,
  MISSING_ARROW,
  MULTIPLE_ARROWS,
  EMPTY_SOURCE,
  EMPTY_TARGET,
  EMPTY_TEMPLATE,
  UNCLOSED_SLOT,
  UNCLOSED_STRING,
  STRAY_BRACKET,
  EMPTY_SLOT,
  EMPTY_SLOT_NAME,
  UNCLOSED_GROUP,
  REPEAT_WITHOUT_SLOT,
  LEGACY_MARKER,
  // semantics (planner)
  UNKNOWN_MODALITY,
  UNKNOWN_ATTRIBUTE,
  INVALID_ATTRIBUTE_VALUE,
  DUPLICATE_ATTRIBUTE,
  CONFLICTING_SLOT_NAME,
  NO_TARGET_SLOT,
  TARGET_NOT_GENERATABLE,
  SOURCE_NOT_SUPPORTED,
  CLOSED_SET_NOT_TEXT,
  UNKNOWN_PREPROCESSOR,
  UNKNOWN_ADAPTER,
  UNBOUND_COLUMN
}
