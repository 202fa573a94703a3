package io.ofa4j.runtime.train.fused;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A float32 tensor held twice: as a dense off-heap ND4J array (what BLAS reads and writes) and as a
 * Java {@code float[]} (what the elementwise loops use), with explicit bulk copies between them.
 * A bulk copy is a memcpy; element access through ND4J would cost far more.
 */
final class FloatBuf {
  final INDArray nd;
  final float[] a;
  private final FloatBuffer view;

  /** A zeroed buffer of {@code shape} (C order). */
  FloatBuf(long... shape) {
    this.nd = Nd4j.create(DataType.FLOAT, shape);
    this.a = new float[Math.toIntExact(nd.length())];
    this.view = nio(nd);
  }

  /** Off-heap -> heap (after BLAS wrote {@link #nd}). */
  FloatBuf pull() {
    view.get(0, a);
    return this;
  }

  /** Heap -> off-heap (after Java loops wrote {@link #a}). */
  FloatBuf push() {
    view.put(0, a);
    return this;
  }

  /** The array viewed with another shape of the same length (shares the buffer). */
  INDArray as(long... shape) {
    return nd.reshape('c', shape);
  }

  /** Native-order float view of a dense C-ordered float array. */
  static FloatBuffer nio(INDArray x) {
    if (x.dataType() != DataType.FLOAT || x.isView() || x.ordering() != 'c'
        || x.data().length() != x.length()) {
      throw new IllegalArgumentException("expected a dense C-ordered float32 array, found "
          + x.dataType() + " " + x.ordering() + " " + Arrays.toString(x.shape()) + (x.isView() ? " view" : ""));
    }
    return x.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  /** A copy of a small dense float32 parameter (norm weight, bias) into a Java array. */
  static float[] read(INDArray x) {
    float[] out = new float[Math.toIntExact(x.length())];
    nio(x).get(0, out);
    return out;
  }

  /** Writes {@code values} into a dense float32 array. */
  static void write(INDArray x, float[] values) {
    nio(x).put(0, values);
  }
}
