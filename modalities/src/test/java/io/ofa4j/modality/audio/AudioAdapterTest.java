package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AudioAdapterTest {
  private static final AudioAdapterConfig TINY = new AudioAdapterConfig(4, 3, 5, 3);
  private static final long B = 2;
  private static final long T = 13;

  private static INDArray input() {
    return Nd4j.rand(DataType.DOUBLE, B, T, 4).subi(0.5).muli(2);
  }

  private static final class Graph {
    final SameDiff sd = SameDiff.create();
    final ParameterStore store = new ParameterStore();
    final SDVariable out;
    final SDVariable loss;
    final INDArray r;

    Graph(long seed) {
      AudioAdapter adapter = new AudioAdapter(TINY);
      adapter.initialize(store, seed, DataType.DOUBLE);
      SDVariable x = sd.placeHolder("features", DataType.DOUBLE, B, T, 4);
      out = adapter.build(sd, x, B, T, store);
      Nd4j.getRandom().setSeed(seed);
      r = Nd4j.rand(DataType.DOUBLE, B, 4, 5);
      loss = out.mul(sd.constant(r)).sum(true, 0, 1, 2); // a fixed random projection of the output
      sd.setLossVariables(loss);
    }

    double loss(INDArray x) {
      return sd.output(Map.of("features", x), loss.name()).get(loss.name()).getDouble(0);
    }
  }

  @Test
  void forwardMatchesAPlainLoopConvolutionAndHasTheSubsampledShape() {
    Graph g = new Graph(1);
    INDArray x = input();
    INDArray y = g.sd.output(Map.of("features", x), g.out.name()).get(g.out.name());
    assertThat(y.shape()).containsExactly(B, 4, 5);
    assertThat(AudioAdapter.dryRunShape(g.sd, g.sd.getVariable("features"), g.out)).containsExactly(B, 4, 5);
    double[][][] h = convGelu(toArray(x), g.store.get("adapters.audio.conv1.weight"), g.store.get("adapters.audio.conv1.bias"));
    h = convGelu(h, g.store.get("adapters.audio.conv2.weight"), g.store.get("adapters.audio.conv2.bias"));
    INDArray wp = g.store.get("adapters.audio.proj.weight");
    INDArray bp = g.store.get("adapters.audio.proj.bias");
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < 4; t++) {
        for (int o = 0; o < 5; o++) {
          double s = bp.getDouble(o);
          for (int c = 0; c < 3; c++) {
            s += wp.getDouble(o, c) * h[b][t][c];
          }
          assertThat(y.getDouble(b, t, o)).isCloseTo(s, Offset.offset(1e-12));
        }
      }
    }
  }

  @Test
  void gradientReachesEveryWeightAndMatchesCentralDifferences() {
    Graph g = new Graph(2);
    INDArray x = input();
    Map<String, INDArray> grads = g.sd.calculateGradients(Map.of("features", x),
        AudioAdapter.WEIGHTS.stream().map(w -> AudioAdapter.PREFIX + w).toList());
    double eps = 1e-6;
    for (String w : AudioAdapter.WEIGHTS) {
      String key = AudioAdapter.PREFIX + w;
      INDArray grad = grads.get(key);
      assertThat(grad).as(key).isNotNull();
      assertThat(grad.isInfinite().any() || grad.isNaN().any()).as(key + " finite").isFalse();
      assertThat(grad.norm2Number().doubleValue()).as(key + " non-zero").isGreaterThan(0);
      INDArray param = g.sd.getVariable(key).getArr();
      for (long i = 0; i < param.length(); i += param.length() > 20 ? 2 : 1) { // every other entry of the larger weights keeps the test fast
        double orig = param.getDouble(i);
        param.putScalar(i, orig + eps);
        double up = g.loss(x);
        param.putScalar(i, orig - eps);
        double down = g.loss(x);
        param.putScalar(i, orig);
        double fd = (up - down) / (2 * eps);
        assertThat(grad.getDouble(i)).as("%s[%d]", key, i)
            .isCloseTo(fd, Offset.offset(1e-7 + 1e-6 * Math.abs(fd)));
      }
    }
  }

  @Test
  void wrongWeightOrInputShapeIsReportedWithBothShapes() {
    AudioAdapter adapter = new AudioAdapter(TINY);
    ParameterStore store = new ParameterStore();
    adapter.initialize(store, 1, DataType.FLOAT);
    store.put("adapters.audio.conv2.weight", Nd4j.zeros(DataType.FLOAT, 3, 4, 3));
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("features", DataType.FLOAT, 1, 8, 4);
    assertThatThrownBy(() -> adapter.build(sd, x, 1, 8, store))
        .hasMessage("weight 'adapters.audio.conv2.weight' has shape [3, 4, 3], expected [3, 3, 3]");
    SDVariable bad = sd.placeHolder("bad", DataType.FLOAT, 1, 8, 80);
    assertThatThrownBy(() -> adapter.build(sd, bad, 1, 8, store))
        .hasMessage("audio adapter input 'bad' has shape [1, 8, 80], expected [1, 8, 4]");
    assertThatThrownBy(() -> AudioAdapter.checkShape(new long[] {1, 2, 5}, new long[] {1, 3, 5}))
        .hasMessage("audio adapter output has shape [1, 2, 5], expected [1, 3, 5]");
  }

  @Test
  void outputFramesAreCeilOfQuarter() {
    assertThat(TINY.outputFrames(3000)).isEqualTo(750);
    assertThat(TINY.outputFrames(150)).isEqualTo(38);
    assertThat(TINY.outputFrames(1)).isEqualTo(1);
  }

  private static double[][][] toArray(INDArray x) {
    long[] s = x.shape();
    double[][][] a = new double[(int) s[0]][(int) s[1]][(int) s[2]];
    for (int i = 0; i < s[0]; i++) {
      for (int j = 0; j < s[1]; j++) {
        for (int k = 0; k < s[2]; k++) {
          a[i][j][k] = x.getDouble(i, j, k);
        }
      }
    }
    return a;
  }

  /** PyTorch Conv1d(stride 2, padding 1) + GELU(tanh) on [B][T][Cin] with weight [Cout, Cin, 3]. */
  private static double[][][] convGelu(double[][][] x, INDArray w, INDArray bias) {
    int cout = (int) w.size(0);
    int cin = (int) w.size(1);
    int t = x[0].length;
    int tOut = (t + 1) / 2;
    double[][][] y = new double[x.length][tOut][cout];
    for (int b = 0; b < x.length; b++) {
      for (int s = 0; s < tOut; s++) {
        for (int o = 0; o < cout; o++) {
          double acc = bias.getDouble(o);
          for (int j = 0; j < 3; j++) {
            int ti = 2 * s + j - 1;
            if (ti < 0 || ti >= t) {
              continue;
            }
            for (int c = 0; c < cin; c++) {
              acc += w.getDouble(o, c, j) * x[b][ti][c];
            }
          }
          double g = 0.5 * acc * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (acc + 0.044715 * acc * acc * acc)));
          y[b][s][o] = g;
        }
      }
    }
    return y;
  }

}
