package io.ofa4j.instruction.ast;

/** Every syntax-tree node carries the span of source text it was parsed from. */
public sealed interface Node permits Instruction, Template, Element, Attribute, AttributeValue {
  /** Where this node was written; {@link SourceSpan#UNKNOWN} for builder-made nodes. */
  SourceSpan span();
}
