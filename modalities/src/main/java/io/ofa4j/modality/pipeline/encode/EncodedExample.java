package io.ofa4j.modality.pipeline.encode;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.kit.ExampleState;
import java.util.List;

/**
 * One example laid out as a decoder sequence.
 *
 * @param ids token ids {@code [T]} (placeholder ids inside adapter spans)
 * @param labels the token each position must predict ({@code -100}: none), already shifted
 * @param lossMask loss weight per position {@code [T]}
 * @param spans adapter spans, by offset
 * @param positions 1-D RoPE positions {@code [T]}
 * @param mrope M-RoPE positions {@code [3][T]} (temporal, height, width; HF {@code get_rope_index}),
 *     or {@code null} when the sequence holds no vision span
 * @param promptLength tokens before the first loss-carrying one: the generation prompt
 * @param state per-example state (image geometry) the decoders of target slots need
 * @param origin where the example came from
 */
public record EncodedExample(int[] ids, int[] labels, float[] lossMask, List<AdapterSpan> spans,
    int[] positions, long[][] mrope, int promptLength, ExampleState state, String origin) {
  public EncodedExample {
    requireNonNull(ids, "ids is null");
    requireNonNull(labels, "labels is null");
    requireNonNull(lossMask, "lossMask is null");
    spans = List.copyOf(requireNonNull(spans, "spans is null"));
    requireNonNull(positions, "positions is null");
    requireNonNull(state, "state is null");
    requireNonNull(origin, "origin is null");
    int t = ids.length;
    if (labels.length != t || lossMask.length != t || positions.length != t
        || (mrope != null && (mrope.length != 3 || mrope[0].length != t))) {
      throw new IllegalArgumentException("example " + origin + ": arrays disagree on length " + t);
    }
    for (AdapterSpan s : spans) {
      if (s.offset() + s.length() > t) {
        throw new IllegalArgumentException("example " + origin + ": span of slot '" + s.slot()
            + "' [" + s.offset() + ", " + (s.offset() + s.length()) + ") exceeds length " + t);
      }
    }
  }

  /** Sequence length T. */
  public int length() {
    return ids.length;
  }

  /** Number of positions that carry loss. */
  public int lossTokens() {
    int n = 0;
    for (float m : lossMask) {
      n += m > 0 ? 1 : 0;
    }
    return n;
  }
}
