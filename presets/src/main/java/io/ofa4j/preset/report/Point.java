package io.ofa4j.preset.report;

/**
 * One point of a curve.
 *
 * @param step training step
 * @param value the value there
 */
public record Point(long step, double value) {}
