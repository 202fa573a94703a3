package io.ofa4j.modality.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Against features computed with scipy by {@code make_fixture.py} (OFASys's own library). */
class Motion6dTest {
  private static final double TOLERANCE = 2e-6; // float32 output of values up to ~10

  static byte[] resource(String name) throws IOException {
    try (InputStream in = Motion6dTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static double[][] expected() throws IOException {
    return NpyReader.decode(resource("small_motion6d_f64.npy"), "small_motion6d_f64.npy").rows();
  }

  @Test
  void bvhFramesGiveTheScipyReferenceFeatures() throws IOException {
    BvhMotion m = BvhParser.parse(new String(resource("small.bvh"), StandardCharsets.UTF_8), "small.bvh");
    assertThat(m.joints()).extracting(BvhJoint::name)
        .containsExactly("Hips", "Spine", "Head", "Head_end", "LeftLeg", "LeftLeg_end");
    assertThat(m.joints().get(4).parent()).isZero();
    assertThat(m.rotatingJoints()).hasSize(4);
    assertThat(m.frames()).hasNumberOfRows(6);
    assertThat(m.frameTime()).isEqualTo(0.033333);
    assertClose(Motion6d.fromBvh(m), expected());
  }

  @Test
  void npyFramesGiveTheSameFeatures() throws IOException {
    NpyArray f64 = NpyReader.decode(resource("small_frames_f64.npy"), "f64");
    assertThat(f64.shape()).containsExactly(6, 15);
    assertClose(Motion6d.fromEulerFrames(f64.rows(), "ZXY"), expected());
    NpyArray f32 = NpyReader.decode(resource("small_frames_f32.npy"), "f32");
    for (int i = 0; i < f64.data().length; i++) {
      assertThat(f32.data()[i]).isEqualTo((double) (float) f64.data()[i]);
    }
  }

  @Test
  void rot6dColumnsAreUnitAndOrthogonal() throws IOException {
    float[][] f = Motion6d.fromEulerFrames(NpyReader.decode(resource("small_frames_f64.npy"), "f").rows(), "ZXY");
    assertThat(f[0]).hasSize(30);
    for (float[] row : f) {
      for (int j = 0; j < 4; j++) {
        int o = 6 + 6 * j;
        double n0 = row[o] * row[o] + row[o + 1] * row[o + 1] + row[o + 2] * row[o + 2];
        double dot = row[o] * row[o + 3] + row[o + 1] * row[o + 4] + row[o + 2] * row[o + 5];
        assertThat(n0).isCloseTo(1, Offset.offset(1e-6));
        assertThat(dot).isCloseTo(0, Offset.offset(1e-6));
      }
    }
  }

  @Test
  void badFramesAreRejected() {
    assertThatThrownBy(() -> Motion6d.fromEulerFrames(new double[0][], "ZXY")).hasMessage("motion has 0 frames");
    assertThatThrownBy(() -> Motion6d.fromEulerFrames(new double[][] {new double[7]}, "ZXY"))
        .hasMessage("motion frames need 3 + 3*J values (J >= 1), found 7");
  }

  private static void assertClose(float[][] got, double[][] want) {
    assertThat(got).hasNumberOfRows(want.length);
    for (int t = 0; t < want.length; t++) {
      for (int k = 0; k < want[t].length; k++) {
        assertThat((double) got[t][k]).as("frame %d value %d of %s", t, k, Arrays.toString(want[t]))
            .isCloseTo(want[t][k], Offset.offset(TOLERANCE * Math.max(1, Math.abs(want[t][k]))));
      }
    }
  }
}
