package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

/**
 * Special tokens that wrap a modality's embedded span in the sequence and the position scheme the
 * span needs, e.g. Qwen2-VL's {@code <|vision_start|>} … {@code <|vision_end|>} with M-RoPE.
 *
 * @param start token before the span
 * @param end token after the span
 * @param positions position scheme a sequence containing this span must use
 */
public record SpanMarkers(String start, String end, PositionScheme positions) {
  public SpanMarkers {
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    requireNonNull(positions, "positions is null");
  }
}
