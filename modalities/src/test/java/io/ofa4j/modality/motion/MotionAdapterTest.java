package io.ofa4j.modality.motion;

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

class MotionAdapterTest {

  @Test
  void gradientReachesEveryWeightAndMatchesCentralDifferences() {
    MotionAdapter adapter = new MotionAdapter(12, 7, 5);
    ParameterStore store = new ParameterStore();
    adapter.initialize(store, 3, DataType.DOUBLE);
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("frames", DataType.DOUBLE, 2, 3, 12);
    SDVariable out = adapter.build(sd, x, 2, 3, store);
    Nd4j.getRandom().setSeed(5);
    INDArray r = Nd4j.rand(DataType.DOUBLE, 2, 3, 5);
    SDVariable loss = out.mul(sd.constant(r)).sum(true, 0, 1, 2);
    sd.setLossVariables(loss);
    INDArray in = Nd4j.rand(DataType.DOUBLE, 2, 3, 12).subi(0.5);
    assertThat(sd.output(Map.of("frames", in), out.name()).get(out.name()).shape()).containsExactly(2, 3, 5);
    Map<String, INDArray> grads = sd.calculateGradients(Map.of("frames", in),
        MotionAdapter.WEIGHTS.stream().map(w -> MotionAdapter.PREFIX + w).toList());
    for (String w : MotionAdapter.WEIGHTS) {
      String key = MotionAdapter.PREFIX + w;
      INDArray g = grads.get(key);
      assertThat(g.norm2Number().doubleValue()).as(key).isGreaterThan(0);
      INDArray p = sd.getVariable(key).getArr();
      for (long i = 0; i < p.length(); i += 3) {
        double orig = p.getDouble(i);
        p.putScalar(i, orig + 1e-6);
        double up = sd.output(Map.of("frames", in), loss.name()).get(loss.name()).getDouble(0);
        p.putScalar(i, orig - 1e-6);
        double down = sd.output(Map.of("frames", in), loss.name()).get(loss.name()).getDouble(0);
        p.putScalar(i, orig);
        double fd = (up - down) / 2e-6;
        assertThat(g.getDouble(i)).as("%s[%d]", key, i).isCloseTo(fd, Offset.offset(1e-7 + 1e-6 * Math.abs(fd)));
      }
    }
  }

  @Test
  void shapeMismatchNamesBothShapes() {
    MotionAdapter adapter = new MotionAdapter(12, 7, 5);
    ParameterStore store = new ParameterStore();
    adapter.initialize(store, 3, DataType.FLOAT);
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("frames", DataType.FLOAT, 1, 4, 30);
    assertThatThrownBy(() -> adapter.build(sd, x, 1, 4, store))
        .hasMessage("motion adapter input 'frames' has shape [1, 4, 30], expected [1, 4, 12]");
  }
}
