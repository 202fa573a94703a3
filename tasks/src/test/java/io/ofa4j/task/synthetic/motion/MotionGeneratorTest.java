package io.ofa4j.task.synthetic.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MotionGeneratorTest {
  private final MotionGenerator gen = new MotionGenerator(2, 40, 20);

  @Test
  void clipsAreDeterministicAndCoverEveryAction() {
    assertThat(BvhWriter.write(new MotionGenerator(2, 40, 20).clip(9)))
        .isEqualTo(BvhWriter.write(gen.clip(9)));
    Set<Action> seen = EnumSet.noneOf(Action.class);
    for (int i = 0; i < 200; i++) {
      seen.add(gen.clip(i).action());
    }
    assertThat(seen).containsExactlyInAnyOrder(Action.values());
  }

  @Test
  void actionsMoveTheJointsThatPerformThem() {
    for (int i = 0; i < 100; i++) {
      MotionClip c = gen.clip(i);
      double[] first = c.frames()[0];
      double[] last = c.frames()[c.frames().length - 1];
      double rootHeightRange = range(c, 1);
      switch (c.action()) {
        case WALK, RUN -> assertThat(last[2] - first[2]).isGreaterThan(50);
        case JUMP -> assertThat(rootHeightRange).isGreaterThan(20);
        case TURN -> assertThat(Math.abs(last[5] - first[5])).isGreaterThan(100);
        case WAVE -> assertThat(range(c, 6 + 3 * (Skeleton.index("RightForeArm") - 1))).isGreaterThan(20);
        default -> assertThat(c.frames().length).isEqualTo(40);
      }
    }
  }

  @Test
  void bvhDeclaresEveryJointAndOneLinePerFrame() {
    String bvh = BvhWriter.write(gen.clip(1));
    for (Skeleton.Joint j : Skeleton.JOINTS) {
      assertThat(bvh).contains(" " + j.name() + "\n");
    }
    String motion = bvh.substring(bvh.indexOf("Frame Time:"));
    assertThat(motion.lines().skip(1)).hasSize(40)
        .allSatisfy(l -> assertThat(l.split(" ")).hasSize(Skeleton.CHANNELS));
    assertThat(bvh).contains("Frames: 40\nFrame Time: 0.050000\n");
  }

  private static double range(MotionClip c, int channel) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double[] f : c.frames()) {
      lo = Math.min(lo, f[channel]);
      hi = Math.max(hi, f[channel]);
    }
    return hi - lo;
  }
}
