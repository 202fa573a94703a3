package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.kit.GraphAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@link GraphAdapter} over per-frame features {@code [T, D]} (AUDIO log-mel, MOTION frames),
 * fed as one placeholder {@code [1, T, D]}, whose weights live under one key prefix and are
 * initialised once, in the dtype of {@code model.embed_tokens.weight}.
 *
 * <p>Batching: a {@link #rowWise()} adapter (each output row depends on its own frame only)
 * embeds any spans together, frames concatenated {@code [1, sum T_i, D]}; any other embeds
 * spans of equal length together, stacked {@code [B, T, D]} (its graph is batched, e.g. the audio
 * convolutions pad each sequence on its own).
 */
public abstract class FrameSequenceAdapter extends GraphAdapter {
  private final String input;
  private final List<String> weightKeys;

  /**
   * @param name adapter name, e.g. {@code adapters.audio}
   * @param hiddenSize decoder width H
   * @param input placeholder name of the frames
   * @param prefix key prefix of every weight, e.g. {@code adapters.audio.}
   * @param weights weight names without the prefix
   */
  protected FrameSequenceAdapter(String name, int hiddenSize, String input, String prefix, List<String> weights) {
    super(name, hiddenSize);
    this.input = requireNonNull(input, "input is null");
    requireNonNull(prefix, "prefix is null");
    this.weightKeys = requireNonNull(weights, "weights is null").stream().map(w -> prefix + w).toList();
  }

  /** Width D of one frame's features. */
  protected abstract long frameWidth();

  /** Puts freshly initialised weights into {@code store}, in {@code dtype}. */
  protected abstract void initializeWeights(ParameterStore store, long seed, DataType dtype);

  /** The adapter graph over {@code frames} {@code [B, T, D]}; returns {@code [B, T', H]}. */
  protected abstract SDVariable buildFrames(SameDiff sd, SDVariable frames, long batch, long t, ParameterStore store);

  /** Whether every output row depends on its own input frame only (then spans concatenate). */
  protected abstract boolean rowWise();

  @Override
  protected final String batchKey(SpanFeatures features) {
    return rowWise() ? "" : "T=" + features.values().size(0);
  }

  @Override
  protected final SpanFeatures combine(List<SpanFeatures> spans) {
    if (rowWise()) {
      return concatRows(spans);
    }
    INDArray[] frames = spans.stream().map(SpanFeatures::values).toArray(INDArray[]::new);
    int tokens = spans.stream().mapToInt(SpanFeatures::tokens).sum();
    return new SpanFeatures(spans.get(0).adapter(), Nd4j.stack(0, frames), tokens, null); // [B, T, D]
  }

  @Override
  public final void initialize(ParameterStore store, long seed) {
    if (!store.contains(weightKeys.get(0))) {
      initializeWeights(store, seed, store.get("model.embed_tokens.weight").dataType());
    }
  }

  @Override
  public final List<String> weightKeys() {
    return weightKeys;
  }

  @Override
  protected final SDVariable build(SameDiff sd, SpanFeatures f, ParameterStore store) {
    INDArray v = f.values(); // [T, D], or [B, T, D] stacked
    long b = v.rank() == 3 ? v.size(0) : 1;
    long t = v.size(v.rank() - 2);
    SDVariable in = sd.placeHolder(input, dtype(store), b, t, frameWidth());
    return buildFrames(sd, in, b, t, store);
  }

  @Override
  protected final Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    INDArray v = f.values(); // [T, D], or [B, T, D] stacked
    return Map.of(input, v.rank() == 3 ? v.castTo(dtype) : v.castTo(dtype).reshape(1, v.size(0), v.size(1)));
  }
}
