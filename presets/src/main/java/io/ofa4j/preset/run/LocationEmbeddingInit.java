package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.adapter.GridPositionCode;
import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Starts the location-token rows of {@code model.embed_tokens.weight} (and so of the tied LM head)
 * as Fourier features of the bin's coordinate {@code u = b / (n - 1)}: {@code [sin(w_0 u), cos(w_0
 * u), ...]} with frequencies geometric from {@code pi/2} (monotone over the image) to {@code 16
 * pi}, the vision position code's features, scaled to the random rows' RMS.
 *
 * <p>Why: randomly initialised bins are unrelated classes, so a from-scratch model learns each
 * bin's logit from the few examples that land exactly on it. With these rows the dot product of
 * two bins is {@code sum_j cos(w_j (u - u'))}, a kernel peaked at {@code u = u'}: a hidden state
 * that favours one bin favours its neighbours, and the loss of a near miss moves the prediction
 * towards the right place (the ordinal structure Pix2Seq and OFA only get from far more data).
 */
final class LocationEmbeddingInit {
  private LocationEmbeddingInit() {}

  /**
   * Overwrites the embedding rows {@code ids} (bin 0, 1, ... in order).
   *
   * @param store the weights ({@code model.embed_tokens.weight}, {@code [V, H]})
   * @param config the decoder config (H, and the random init's range 0.02)
   * @param ids the location token ids, bin order
   */
  static void apply(ParameterStore store, Qwen2Config config, int[] ids) {
    requireNonNull(store, "store is null");
    requireNonNull(ids, "ids is null");
    if (ids.length < 2) {
      throw new IllegalArgumentException("sinusoidal location init needs >= 2 location tokens, found " + ids.length);
    }
    INDArray embed = store.get("model.embed_tokens.weight"); // [V, H]
    int h = config.hiddenSize();
    float[][] rows = rows(ids.length, h, 0.02);
    for (int b = 0; b < ids.length; b++) {
      for (int j = 0; j < h; j++) {
        embed.putScalar(ids[b], j, rows[b][j]);
      }
    }
  }

  /**
   * The {@code [bins, h]} features, each element's RMS {@code std}: both halves of a row are the
   * {@link GridPositionCode#fourier} features of the bin's coordinate, the same features the
   * vision adapter's position code gives image columns (first half) and rows (second half).
   */
  static float[][] rows(int bins, int h, double std) {
    if (h % 4 != 0) {
      throw new IllegalArgumentException("sinusoidal location init needs hidden_size divisible by 4, found " + h);
    }
    float[][] out = new float[bins][h];
    for (int b = 0; b < bins; b++) {
      double u = b / (double) (bins - 1);
      GridPositionCode.fourier(out[b], 0, h / 2, u);
      GridPositionCode.fourier(out[b], h / 2, h / 2, u);
      for (int j = 0; j < h; j++) {
        out[b][j] *= (float) (std * Math.sqrt(2));
      }
    }
    return out;
  }
}
