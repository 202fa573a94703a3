package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ParameterGroupsTest {
  @Test
  void trainsOnlyTheSelectedAndNotFrozenKeys() {
    ParameterGroups g = new ParameterGroups(List.of("adapters\\..*", "model\\.norm\\..*"),
        List.of("adapters\\.audio\\..*"));
    assertThat(g.isTrainable("adapters.image.proj.weight")).isTrue();
    assertThat(g.isTrainable("model.norm.weight")).isTrue();
    assertThat(g.isTrainable("adapters.audio.conv1.weight")).isFalse();
    assertThat(g.isTrainable("model.layers.0.mlp.up_proj.weight")).isFalse();
    assertThat(ParameterGroups.all().isTrainable("anything")).isTrue();
  }

  @Test
  void decaysMatricesButNotBiasesOrNorms() {
    assertThat(ParameterGroups.decays("model.layers.0.self_attn.q_proj.weight", Nd4j.zeros(4, 4))).isTrue();
    assertThat(ParameterGroups.decays("model.embed_tokens.weight", Nd4j.zeros(16, 4))).isTrue();
    assertThat(ParameterGroups.decays("model.layers.0.self_attn.q_proj.bias", Nd4j.zeros(4))).isFalse();
    assertThat(ParameterGroups.decays("model.layers.0.input_layernorm.weight", Nd4j.zeros(4))).isFalse();
    assertThat(ParameterGroups.decays("model.norm.weight", Nd4j.zeros(4))).isFalse();
  }

  @Test
  void rejectsABadRegexNamingIt() {
    assertThatThrownBy(() -> new ParameterGroups(List.of("adapters\\.("), List.of()))
        .hasMessageStartingWith("trainable pattern 'adapters\\.(' is not a valid regex");
  }
}
