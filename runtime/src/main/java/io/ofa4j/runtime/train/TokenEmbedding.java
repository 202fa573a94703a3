package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The token embedding lookup done outside the SameDiff graph, and its backward.
 *
 * <p>DL4J 1.0.0-M2.1's {@code gather} backward overwrites instead of accumulating rows for
 * repeated ids (libraries.md), so the gradient of {@code model.embed_tokens.weight} is scattered
 * here: {@code dW[ids[i]] += dE[i]} for every position, repeats summed.
 */
public final class TokenEmbedding {
  private TokenEmbedding() {}

  /** Rows of {@code weight [V, H]} for {@code ids [B][T]}: a new {@code [B, T, H]} array. */
  public static INDArray lookup(INDArray weight, int[][] ids) {
    requireNonNull(weight, "weight is null");
    int b = ids.length;
    int t = ids[0].length;
    long vocab = weight.size(0);
    int[] flat = new int[b * t];
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < t; c++) {
        int id = ids[r][c];
        if (id < 0 || id >= vocab) {
          throw new IllegalArgumentException(
              "inputIds[" + r + "][" + c + "] = " + id + " is outside [0, vocab_size " + vocab + ")");
        }
        flat[r * t + c] = id;
      }
    }
    return Nd4j.pullRows(weight, 1, flat).reshape(b, t, weight.size(1)); // [B*T, H] -> [B, T, H]
  }

  /**
   * {@code target[ids[i], :] += rows[i, :]} with repeated ids accumulated.
   *
   * @param target {@code [V, H]} gradient accumulator
   * @param ids {@code [B][T]} token ids
   * @param rows {@code [B, T, H]} gradient of the looked-up embeddings
   */
  public static void scatterAdd(INDArray target, int[][] ids, INDArray rows) {
    requireNonNull(target, "target is null");
    requireNonNull(rows, "rows is null");
    int t = ids[0].length;
    int h = (int) target.size(1);
    INDArray src = rows.reshape((long) ids.length * t, h); // [B*T, H]
    if (dense(target) && target.dataType() == src.dataType()) {
      // Direct loop over the native buffers: one ND4J op per row would cost ~10 us each.
      INDArray contiguous = dense(src) ? src : src.dup('c');
      if (target.dataType() == DataType.FLOAT) {
        FloatBuffer dst = target.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        FloatBuffer in = contiguous.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int i = 0; i < ids.length * t; i++) {
          int base = ids[i / t][i % t] * h;
          int from = i * h;
          for (int j = 0; j < h; j++) {
            dst.put(base + j, dst.get(base + j) + in.get(from + j));
          }
        }
        return;
      }
      if (target.dataType() == DataType.DOUBLE) {
        DoubleBuffer dst = target.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        DoubleBuffer in = contiguous.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        for (int i = 0; i < ids.length * t; i++) {
          int base = ids[i / t][i % t] * h;
          int from = i * h;
          for (int j = 0; j < h; j++) {
            dst.put(base + j, dst.get(base + j) + in.get(from + j));
          }
        }
        return;
      }
    }
    for (int i = 0; i < ids.length * t; i++) {
      target.getRow(ids[i / t][i % t]).addi(src.getRow(i));
    }
  }

  /** C-ordered, not a view, and the whole buffer: element i sits at buffer offset i. */
  private static boolean dense(INDArray a) {
    return !a.isView() && a.ordering() == 'c' && a.data().length() == a.length();
  }
}
