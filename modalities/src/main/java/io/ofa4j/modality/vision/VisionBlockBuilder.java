package io.ofa4j.modality.vision;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One pre-norm Qwen2-VL vision block ({@code Qwen2VLVisionBlock}):
 * {@code x + attn(norm1(x))}, then {@code + mlp(norm2(x))}. The attention ({@code VisionAttention})
 * uses the fused qkv projection, the 2-D rotary embedding with rotate-half, and an additive bias
 * that confines each patch to its {@code cu_seqlens} segment; the MLP is fc1, QuickGELU, fc2.
 */
final class VisionBlockBuilder {
  private final SameDiff sd;
  private final VisionTowerConfig cfg;
  private final Map<String, SDVariable> vars;
  private final SDVariable rotateHalf;

  VisionBlockBuilder(SameDiff sd, VisionTowerConfig cfg, Map<String, SDVariable> vars) {
    this.sd = sd;
    this.cfg = cfg;
    this.vars = vars;
    this.rotateHalf = sd.constant("visual.rotate_half", rotateHalfMatrix(cfg));
  }

  /**
   * Block {@code i}.
   *
   * @param x {@code [N, E]} hidden states
   * @param cos {@code [N, 1, D]} rotary cosines
   * @param sin {@code [N, 1, D]} rotary sines
   * @param bias {@code [N, N]} attention bias
   */
  SDVariable block(int i, SDVariable x, SDVariable cos, SDVariable sin, SDVariable bias) {
    String p = VisionWeights.PREFIX + "blocks." + i + ".";
    SDVariable h = GraphOps.layerNorm(sd, x, v(p + "norm1.weight"), v(p + "norm1.bias"), cfg.layerNormEps());
    x = x.add(attention(p + "attn.", h, cos, sin, bias));
    h = GraphOps.layerNorm(sd, x, v(p + "norm2.weight"), v(p + "norm2.bias"), cfg.layerNormEps());
    SDVariable mlp = GraphOps.linear(sd,
        GraphOps.quickGelu(sd, GraphOps.linear(sd, h, v(p + "mlp.fc1.weight"), v(p + "mlp.fc1.bias"))),
        v(p + "mlp.fc2.weight"), v(p + "mlp.fc2.bias"));
    return sd.identity(p + "out", x.add(mlp));
  }

  private SDVariable attention(String p, SDVariable x, SDVariable cos, SDVariable sin, SDVariable bias) {
    int e = cfg.embedDim();
    SDVariable w = v(p + "qkv.weight"); // [3E, E]: rows q, k, v
    SDVariable b = v(p + "qkv.bias"); // [3E]
    SDVariable[] qkv = new SDVariable[3];
    for (int j = 0; j < 3; j++) {
      SDVariable wj = sd.slice(w, new int[] {j * e, 0}, e, e);
      SDVariable bj = sd.slice(b, new int[] {j * e}, e);
      qkv[j] = sd.reshape(GraphOps.linear(sd, x, wj, bj), -1, cfg.numHeads(), cfg.headDim()); // [N, H, D]
    }
    SDVariable q = rotary(qkv[0], cos, sin);
    SDVariable k = rotary(qkv[1], cos, sin);
    // [H, N, D]
    q = sd.permute(q, 1, 0, 2);
    k = sd.permute(k, 1, 0, 2);
    SDVariable vv = sd.permute(qkv[2], 1, 0, 2);
    SDVariable scores = sd.mmul(q, k, false, true, false).mul(1.0 / Math.sqrt(cfg.headDim())).add(bias); // [H, N, N]
    SDVariable probs = sd.nn.softmax(scores, 2);
    SDVariable ctx = sd.permute(sd.mmul(probs, vv), 1, 0, 2); // [N, H, D]
    return GraphOps.linear(sd, sd.reshape(ctx, -1, e), v(p + "proj.weight"), v(p + "proj.bias"));
  }

  // x * cos + rotate_half(x) * sin; rotate_half as a product with a fixed signed permutation.
  private SDVariable rotary(SDVariable x, SDVariable cos, SDVariable sin) {
    int d = cfg.headDim();
    SDVariable rotated = sd.reshape(sd.mmul(sd.reshape(x, -1, d), rotateHalf), -1, cfg.numHeads(), d);
    return x.mul(cos).add(rotated.mul(sin));
  }

  /** R with {@code x @ R = cat(-x[d/2:], x[:d/2])}. */
  private static INDArray rotateHalfMatrix(VisionTowerConfig cfg) {
    int d = cfg.headDim();
    int half = d / 2;
    INDArray r = Nd4j.zeros(cfg.dataType(), d, d);
    for (int j = 0; j < half; j++) {
      r.putScalar(new long[] {j + half, j}, -1.0); // out[j] = -x[j + half]
      r.putScalar(new long[] {j, j + half}, 1.0); // out[j + half] = x[j]
    }
    return r;
  }

  private SDVariable v(String key) {
    SDVariable s = vars.get(key);
    if (s == null) {
      throw new IllegalArgumentException("missing vision weight '" + key + "'");
    }
    return s;
  }
}
