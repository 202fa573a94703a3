package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Starts the location-token rows of {@code model.embed_tokens.weight} (and so of the tied LM head)
 * as Fourier features of the bin's coordinate: row of bin {@code b} of {@code n} at {@code u = b /
 * (n - 1)} is {@code [sin(w_0 u), cos(w_0 u), sin(w_1 u), ...]} with frequencies spread
 * geometrically from {@code pi/2} (monotone over the image) to {@code pi n / 2} (half the bin
 * Nyquist rate), scaled to the random rows' RMS.
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

  /** The {@code [bins, h]} features, each element's RMS {@code std}. */
  static float[][] rows(int bins, int h, double std) {
    int pairs = h / 2;
    double scale = std * Math.sqrt(2);
    float[][] out = new float[bins][h];
    for (int b = 0; b < bins; b++) {
      double u = b / (double) (bins - 1);
      for (int j = 0; j < pairs; j++) {
        double w = Math.PI / 2 * Math.pow(bins, pairs == 1 ? 0 : j / (double) (pairs - 1));
        out[b][2 * j] = (float) (scale * Math.sin(w * u));
        out[b][2 * j + 1] = (float) (scale * Math.cos(w * u));
      }
    }
    return out;
  }
}
