package io.ofa4j.modality.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotionInspectorTest {

  @Test
  void bvhAndNpyGiveTheSameFeatures(@TempDir Path dir) throws IOException {
    Path bvh = Files.write(dir.resolve("m.bvh"), Motion6dTest.resource("small.bvh"));
    Path npy = Files.write(dir.resolve("m.npy"), Motion6dTest.resource("small_frames_f64.npy"));
    Inspection a = new MotionInspector().inspect(bvh, Map.of());
    Inspection b = new MotionInspector().inspect(npy, Map.of("rotation_order", "zxy"));
    assertThat(a.summary()).containsEntry("frames", 6).containsEntry("feature_dim", 30)
        .containsEntry("rotating_joints", List.of("Hips", "Spine", "Head", "LeftLeg"));
    assertThat(a.shape()).containsExactly(6, 30);
    assertThat(b.features()).containsExactly(a.features());
    assertThatThrownBy(() -> new MotionInspector().inspect(dir.resolve("m.txt"), Map.of()))
        .hasMessageContaining("unsupported motion file");
  }
}
