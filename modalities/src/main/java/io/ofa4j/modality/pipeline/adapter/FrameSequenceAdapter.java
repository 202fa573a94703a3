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

/**
 * A {@link GraphAdapter} over per-frame features {@code [T, D]} (AUDIO log-mel, MOTION frames),
 * fed as one placeholder {@code [1, T, D]}, whose weights live under one key prefix and are
 * initialised once, in the dtype of {@code model.embed_tokens.weight}.
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

  /** The adapter graph over {@code frames} {@code [1, T, D]}; returns {@code [1, T', H]}. */
  protected abstract SDVariable buildFrames(SameDiff sd, SDVariable frames, long t, ParameterStore store);

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
    long t = f.values().size(0);
    SDVariable in = sd.placeHolder(input, dtype(store), 1, t, frameWidth());
    return buildFrames(sd, in, t, store);
  }

  @Override
  protected final Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    INDArray v = f.values(); // [T, D]
    return Map.of(input, v.castTo(dtype).reshape(1, v.size(0), v.size(1)));
  }
}
