package io.ofa4j.modality.pipeline.adapter;

import io.ofa4j.modality.pipeline.kit.GraphAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * OFASys's phone embedding ({@code adapters.phone.embed_tokens.weight}, {@code [P, H]}) as an
 * adapter: phone ids arrive one-hot {@code [T, P]} and are multiplied by the table, because
 * DL4J's gather backward is wrong (libraries.md) while mmul's is right.
 */
public final class PhoneEmbeddingAdapter extends GraphAdapter {
  /** Adapter name of PHONE features. */
  public static final String NAME = "adapters.phone";
  /** The embedding table key. */
  public static final String WEIGHT = "adapters.phone.embed_tokens.weight";
  private static final String INPUT = "adapters.phone.one_hot";

  private final int phones;

  /**
   * @param phones size P of the phone vocabulary
   * @param hiddenSize decoder width H
   */
  public PhoneEmbeddingAdapter(int phones, int hiddenSize) {
    super(NAME, hiddenSize);
    this.phones = phones;
  }

  /** Size of the phone vocabulary. */
  public int phones() {
    return phones;
  }

  @Override
  public void initialize(ParameterStore store, long seed) {
    if (store.contains(WEIGHT)) {
      return;
    }
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[phones * hiddenSize()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextGaussian() * 0.02; // HF initializer_range
    }
    DataType t = store.get("model.embed_tokens.weight").dataType();
    store.put(WEIGHT, Nd4j.create(v, new long[] {phones, hiddenSize()}, DataType.DOUBLE).castTo(t));
  }

  @Override
  public List<String> weightKeys() {
    return List.of(WEIGHT);
  }

  @Override
  protected String batchKey(SpanFeatures features) {
    return ""; // one-hot rows times the table: row-wise, spans concatenate
  }

  @Override
  protected SpanFeatures combine(List<SpanFeatures> spans) {
    return concatRows(spans);
  }

  @Override
  protected SDVariable build(SameDiff sd, SpanFeatures f, ParameterStore store) {
    SDVariable in = sd.placeHolder(INPUT, dtype(store), f.values().size(0), phones);
    SDVariable w = sd.var(WEIGHT, store.get(WEIGHT));
    return sd.mmul(in, w); // [T, P] x [P, H] -> [T, H]
  }

  @Override
  protected Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    return Map.of(INPUT, f.values().castTo(dtype));
  }
}
