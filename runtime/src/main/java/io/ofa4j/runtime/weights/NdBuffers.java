package io.ofa4j.runtime.weights;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Zero-copy byte views of ND4J arrays' off-heap memory, used to fill arrays from checkpoint files
 * and by the Vector API kernels to read weights in place (the arrays stay shared with training).
 */
public final class NdBuffers {
  private NdBuffers() {}

  /**
   * A little-endian view of the whole off-heap buffer behind {@code array}, which must be a
   * C-ordered array that owns its buffer from offset 0 (as arrays loaded from checkpoints are).
   * Writes through the view change the array.
   */
  public static ByteBuffer bytes(INDArray array) {
    requireNonNull(array, "array is null");
    if (array.isView() || array.ordering() != 'c' || array.offset() != 0
        || array.data().length() != array.length()) {
      throw new IllegalArgumentException("array " + array.shapeInfoToString().replace('\n', ' ')
          + " is a view or not C-ordered; expected a dense array that owns its buffer");
    }
    long bytes = array.length() * array.dataType().width();
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "array of " + bytes + " bytes exceeds the 2 GiB a ByteBuffer can address");
    }
    ByteBuffer b = array.data().asNio();
    if (!b.isDirect() || b.capacity() < bytes) {
      throw new IllegalStateException("ND4J buffer view has capacity " + b.capacity()
          + " for " + bytes + " bytes (direct: " + b.isDirect() + ")");
    }
    return b.duplicate().clear().limit((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
