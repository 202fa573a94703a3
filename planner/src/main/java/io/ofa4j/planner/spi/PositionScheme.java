package io.ofa4j.planner.spi;

/** Rotary position scheme of a sequence (Qwen2 / Qwen2-VL). */
public enum PositionScheme {
  /** Plain 1-D RoPE: one position per token (text-only sequences). */
  ROPE_1D,
  /**
   * Qwen2-VL multimodal RoPE: temporal, height and width sections; needed as soon as a vision
   * span is present.
   */
  MROPE
}
