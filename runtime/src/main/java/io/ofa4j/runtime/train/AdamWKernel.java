package io.ofa4j.runtime.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The AdamW update for one float32 parameter as a single fused pass over its four arrays
 * (parameter, gradient, both moments), with the Vector API.
 *
 * <p>Why by hand: written with ND4J ops the update is ~14 element-wise ops per parameter, each a
 * full pass over memory plus ~10-50 us of dispatch; for the 7M-parameter benchmark model that was
 * a fifth of a training step. One fused pass reads each array once and writes three.
 */
final class AdamWKernel {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final ByteOrder ORDER = ByteOrder.nativeOrder();

  private AdamWKernel() {}

  /** Whether the fused path applies: float32, C-ordered, not views. */
  static boolean applies(INDArray... arrays) {
    for (INDArray a : arrays) {
      if (a.dataType() != DataType.FLOAT || a.isView() || a.ordering() != 'c' || a.data().length() != a.length()) {
        return false;
      }
    }
    return true;
  }

  /**
   * In place: {@code p *= decay; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
   * p -= stepSize * m / (sqrt(v) / bias2Sqrt + eps)}.
   */
  static void step(INDArray param, INDArray grad, INDArray expAvg, INDArray expAvgSq, float decay, float beta1,
      float beta2, float stepSize, float bias2Sqrt, float eps) {
    ByteBuffer p = param.data().asNio().order(ORDER);
    ByteBuffer g = grad.data().asNio().order(ORDER);
    ByteBuffer m = expAvg.data().asNio().order(ORDER);
    ByteBuffer v = expAvgSq.data().asNio().order(ORDER);
    int n = (int) param.length();
    float oneMinusB1 = 1 - beta1;
    float oneMinusB2 = 1 - beta2;
    float invBias2Sqrt = 1 / bias2Sqrt;
    int bound = SPECIES.loopBound(n);
    int lanes = SPECIES.length();
    int i = 0;
    for (; i < bound; i += lanes) {
      int off = i * Float.BYTES;
      FloatVector gv = FloatVector.fromByteBuffer(SPECIES, g, off, ORDER);
      FloatVector mv = FloatVector.fromByteBuffer(SPECIES, m, off, ORDER).mul(beta1).add(gv.mul(oneMinusB1));
      FloatVector vv = FloatVector.fromByteBuffer(SPECIES, v, off, ORDER).mul(beta2).add(gv.mul(gv).mul(oneMinusB2));
      FloatVector denom = vv.lanewise(VectorOperators.SQRT).mul(invBias2Sqrt).add(eps);
      FloatVector pv = FloatVector.fromByteBuffer(SPECIES, p, off, ORDER).mul(decay)
          .sub(mv.div(denom).mul(stepSize));
      mv.intoByteBuffer(m, off, ORDER);
      vv.intoByteBuffer(v, off, ORDER);
      pv.intoByteBuffer(p, off, ORDER);
    }
    for (; i < n; i++) {
      int off = i * Float.BYTES;
      float gi = g.getFloat(off);
      float mi = beta1 * m.getFloat(off) + oneMinusB1 * gi;
      float vi = beta2 * v.getFloat(off) + oneMinusB2 * gi * gi;
      float denom = (float) Math.sqrt(vi) * invBias2Sqrt + eps;
      m.putFloat(off, mi);
      v.putFloat(off, vi);
      p.putFloat(off, p.getFloat(off) * decay - stepSize * mi / denom);
    }
  }
}
