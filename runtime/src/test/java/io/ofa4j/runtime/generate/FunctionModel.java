package io.ofa4j.runtime.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A deterministic test model: the logits after a row's tokens are a function of the whole
 * history, so outputs can be predicted by hand ({@link #table}) or checked for batch/order
 * independence ({@link #pseudoRandom}). Its sessions record every call.
 */
final class FunctionModel implements CausalLanguageModel {
  private final int vocab;
  private final Function<int[], float[]> logits;
  int appendCalls;

  FunctionModel(int vocab, Function<int[], float[]> logits) {
    this.vocab = vocab;
    this.logits = logits;
  }

  /** Logits depend only on the last token: {@code table[last]}. */
  static FunctionModel table(float[][] table) {
    return new FunctionModel(table.length, h -> table[h[h.length - 1]].clone());
  }

  /** Logits drawn from a generator seeded by the whole history (Gaussian, scale {@code sd}). */
  static FunctionModel pseudoRandom(int vocab, double sd) {
    return new FunctionModel(vocab, h -> {
      Random r = new Random(Arrays.hashCode(h) * 31L + h.length);
      float[] out = new float[vocab];
      for (int i = 0; i < vocab; i++) {
        out[i] = (float) (r.nextGaussian() * sd);
      }
      return out;
    });
  }

  /** Log-probabilities given as probabilities (zero becomes -inf). */
  static float[] logOf(double... probs) {
    float[] out = new float[probs.length];
    for (int i = 0; i < probs.length; i++) {
      out[i] = (float) Math.log(probs[i]);
    }
    return out;
  }

  @Override
  public int vocabSize() {
    return vocab;
  }

  @Override
  public DecoderSession startSession(int batch, int maxLength) {
    return new Session(batch, maxLength);
  }

  private final class Session implements DecoderSession {
    private List<List<Integer>> rows = new ArrayList<>();
    private List<float[]> last = new ArrayList<>();
    private final int maxLength;

    Session(int batch, int maxLength) {
      this.maxLength = maxLength;
      for (int b = 0; b < batch; b++) {
        rows.add(new ArrayList<>());
        last.add(null);
      }
    }

    @Override
    public float[][] append(int[][] tokens) {
      appendCalls++;
      if (tokens.length != rows.size()) {
        throw new IllegalArgumentException(tokens.length + " rows fed to a batch of " + rows.size());
      }
      float[][] out = new float[rows.size()][];
      for (int b = 0; b < rows.size(); b++) {
        for (int t : tokens[b]) {
          rows.get(b).add(t);
        }
        if (rows.get(b).size() > maxLength) {
          throw new IllegalStateException("row " + b + " exceeds maxLength " + maxLength);
        }
        if (tokens[b].length > 0) {
          last.set(b, logits.apply(rows.get(b).stream().mapToInt(Integer::intValue).toArray()));
        }
        out[b] = last.get(b) == null ? new float[vocab] : last.get(b).clone();
      }
      return out;
    }

    @Override
    public void reorder(int[] order) {
      List<List<Integer>> r = new ArrayList<>();
      List<float[]> l = new ArrayList<>();
      for (int i : order) {
        r.add(new ArrayList<>(rows.get(i)));
        l.add(last.get(i));
      }
      rows = r;
      last = l;
    }

    @Override
    public int batch() {
      return rows.size();
    }

    @Override
    public int length(int row) {
      return rows.get(row).size();
    }

    @Override
    public void close() {}
  }
}
