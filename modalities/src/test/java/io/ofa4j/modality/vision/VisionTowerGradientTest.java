package io.ofa4j.modality.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The tower is trainable: gradients reach every weight and agree with finite differences. */
class VisionTowerGradientTest {

  private static final VisionGrid GRID = new VisionGrid(List.of(new int[] {1, 2, 4}, new int[] {2, 2, 2}), 2);

  @Test
  void gradientReachesEveryVisionWeight() {
    VisionTowerConfig cfg = VisionTowerConfig.tiny();
    Qwen2VisionTower tower = Qwen2VisionTower.create(cfg, VisionWeights.random(cfg, 7));
    Map<String, INDArray> grads = gradients(tower, input(cfg));
    for (String key : VisionWeights.shapes(cfg).keySet()) {
      INDArray g = grads.get(key);
      assertThat(g).as("gradient of " + key).isNotNull();
      double norm = g.norm2Number().doubleValue();
      assertThat(Double.isFinite(norm) && norm > 0).as("gradient of " + key + " is finite and non-zero: " + norm).isTrue();
    }
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    // A tiny float64 tower: 1 block, embed 16, 2 heads of 8, output 24.
    VisionTowerConfig cfg = new VisionTowerConfig(1, 16, 2, 2, 24, 3, 14, 2, 2, 1e-6, DataType.DOUBLE);
    Map<String, INDArray> weights = new HashMap<>(VisionWeights.random(cfg, 11));
    // Larger weights than the 0.02 init so every path carries a clearly non-zero gradient.
    weights.replaceAll((k, v) -> k.contains("norm") || k.contains("ln_q") ? v : v.mul(10));
    Qwen2VisionTower tower = Qwen2VisionTower.create(cfg, weights);
    INDArray x = input(cfg);
    addLoss(tower);
    // The qkv gradient flows back through every later op (attention, rotary, MLP, merger GELU).
    List<String> keys = List.of("visual.blocks.0.attn.qkv.weight", "visual.merger.mlp.0.weight");
    // Finite differences first: SameDiff forward passes are slower once the gradient graph exists.
    Map<String, double[]> numeric = new HashMap<>();
    for (String key : keys) {
      INDArray w = tower.sameDiff().getVariable(key).getArr();
      long[] at = {w.length() / 3, w.length() - 1};
      double[] d = new double[at.length];
      for (int j = 0; j < at.length; j++) {
        double orig = w.getDouble(at[j]);
        double eps = 1e-5;
        w.putScalar(at[j], orig + eps);
        double up = loss(tower, x);
        w.putScalar(at[j], orig - eps);
        double down = loss(tower, x);
        w.putScalar(at[j], orig);
        d[j] = (up - down) / (2 * eps);
      }
      numeric.put(key, d);
    }
    Map<String, INDArray> grads = gradients(tower, x);
    for (String key : keys) {
      INDArray g = grads.get(key);
      long[] at = {g.length() / 3, g.length() - 1};
      for (int j = 0; j < at.length; j++) {
        double fd = numeric.get(key)[j];
        assertThat(Math.abs(fd)).as(key + "[" + at[j] + "] finite difference").isGreaterThan(1e-6);
        assertThat(g.getDouble(at[j])).as(key + "[" + at[j] + "]").isCloseTo(fd, Offset.offset(1e-9 + 1e-5 * Math.abs(fd)));
      }
    }
  }

  @Test
  void towerTrainsTheStoreArraysInPlace() {
    VisionTowerConfig cfg = VisionTowerConfig.tiny();
    ParameterStore store = new ParameterStore();
    VisionWeights.random(cfg, 2).forEach(store::put);
    Qwen2VisionTower tower = Qwen2VisionTower.create(cfg, store);
    for (String key : VisionWeights.shapes(cfg).keySet()) {
      assertThat(tower.sameDiff().getVariable(key).getArr()).as(key).isSameAs(store.get(key));
    }
  }

  @Test
  void configSizes() {
    assertThat(VisionTowerConfig.tiny().parameterCount()).isEqualTo(87_872L);
    assertThat(VisionTowerConfig.small(64).parameterCount()).isBetween(200_000L, 500_000L);
  }

  @Test
  void wrongInputShapeNamesBothShapes() {
    VisionTowerConfig cfg = VisionTowerConfig.tiny();
    Qwen2VisionTower tower = Qwen2VisionTower.create(cfg, VisionWeights.random(cfg, 1));
    assertThatThrownBy(() -> tower.forward(Nd4j.zeros(DataType.FLOAT, 5, 1176), GRID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[16, 1176]")
        .hasMessageContaining("[5, 1176]");
  }

  @Test
  void wrongWeightShapeNamesKeyAndShapes() {
    VisionTowerConfig cfg = VisionTowerConfig.tiny();
    Map<String, INDArray> w = new HashMap<>(VisionWeights.random(cfg, 1));
    w.put("visual.merger.mlp.2.weight", Nd4j.zeros(DataType.FLOAT, 32, 128));
    assertThatThrownBy(() -> Qwen2VisionTower.create(cfg, w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visual.merger.mlp.2.weight")
        .hasMessageContaining("[64, 128]")
        .hasMessageContaining("[32, 128]");
  }

  private static INDArray input(VisionTowerConfig cfg) {
    Nd4j.getRandom().setSeed(3);
    return Nd4j.randn(cfg.dataType(), GRID.patches(), cfg.patchDim());
  }

  private static Map<String, INDArray> gradients(Qwen2VisionTower tower, INDArray x) {
    addLoss(tower);
    String[] keys = VisionWeights.shapes(tower.config()).keySet().toArray(String[]::new);
    return tower.sameDiff().calculateGradients(tower.placeholders(x, GRID), keys);
  }

  private static void addLoss(Qwen2VisionTower tower) {
    SameDiff sd = tower.sameDiff();
    if (!sd.hasVariable("loss")) {
      SDVariable out = sd.getVariable(Qwen2VisionTower.OUTPUT);
      // A fixed random projection of the output, so every output element gets its own weight.
      Nd4j.getRandom().setSeed(5);
      INDArray r = Nd4j.randn(tower.config().dataType(), GRID.mergedTokens(), tower.config().hiddenSize());
      sd.sum("loss", out.mul(sd.constant("loss_weights", r)), true, 0, 1);
      sd.setLossVariables("loss");
    }
  }

  private static double loss(Qwen2VisionTower tower, INDArray x) {
    return tower.sameDiff().output(tower.placeholders(x, GRID), "loss").get("loss").getDouble(0);
  }
}
