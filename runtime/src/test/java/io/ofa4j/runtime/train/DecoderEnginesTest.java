package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.fused.FusedQwen2Step;
import io.ofa4j.runtime.weights.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The engine choice: fused where it can run, SameDiff otherwise, and a clear error when forced. */
class DecoderEnginesTest {
  private static final Qwen2Config CONFIG = Qwen2Config.tiny(16, 16, 12, 1, 4, 2, true);

  @Test
  void autoPicksFusedForFloat32AndSameDiffForFloat64() {
    ParameterStore f32 = ParameterInitializer.initialize(CONFIG, DataType.FLOAT, 0.1, 1);
    ParameterStore f64 = ParameterInitializer.initialize(CONFIG, DataType.DOUBLE, 0.1, 1);
    assertThat(DecoderEngines.create(CONFIG, f32, 0, EngineChoice.AUTO)).isInstanceOf(FusedQwen2Step.class);
    assertThat(DecoderEngines.create(CONFIG, f64, 0, EngineChoice.AUTO)).isInstanceOf(Qwen2TrainingGraph.class);
    assertThat(DecoderEngines.create(CONFIG, f32, 0, EngineChoice.SAMEDIFF)).isInstanceOf(Qwen2TrainingGraph.class);
    assertThatThrownBy(() -> DecoderEngines.create(CONFIG, f64, 0, EngineChoice.FUSED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("float32").hasMessageContaining("DOUBLE");
  }

  @Test
  void fusedIgnoresNonDecoderKeysOfASharedStore() {
    ParameterStore f32 = ParameterInitializer.initialize(CONFIG, DataType.FLOAT, 0.1, 1);
    f32.put("visual.patch_embed.proj.weight", org.nd4j.linalg.factory.Nd4j.zeros(DataType.DOUBLE, 4, 4));
    assertThat(FusedQwen2Step.unsupported(CONFIG, f32)).isNull();
  }

  @Test
  void parsesEngineNames() {
    assertThat(EngineChoice.parse("Fused")).isEqualTo(EngineChoice.FUSED);
    assertThat(EngineChoice.parse("samediff")).isEqualTo(EngineChoice.SAMEDIFF);
    assertThatThrownBy(() -> EngineChoice.parse("cuda")).hasMessageContaining("'cuda'");
  }
}
