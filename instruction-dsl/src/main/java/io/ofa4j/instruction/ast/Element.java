package io.ofa4j.instruction.ast;

/** A piece of a template side: plain text, a slot, a repeat group, or a legacy marker. */
public sealed interface Element extends Node permits PlainText, Slot, RepeatGroup, Marker {}
