package io.ofa4j.runtime.multitask.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskSchedulersTest {
  private static final int DRAWS = 10_000;

  /** Frequencies of each task over {@code steps} steps. */
  private static double[] frequencies(TaskScheduler s, int tasks, int steps, long seed) {
    SplitMix64 rng = new SplitMix64(seed);
    double[] counts = new double[tasks];
    int total = 0;
    for (int step = 0; step < steps; step++) {
      for (int t : s.tasksFor(step, rng)) {
        counts[t]++;
        total++;
      }
    }
    for (int i = 0; i < tasks; i++) {
      counts[i] /= total;
    }
    return counts;
  }

  @Test
  void proportionalMatchesTheWeightsWithin4Sigma() {
    double[] weights = {5, 3, 2};
    TaskScheduler s = TaskSchedulers.create(SchedulingPolicy.PROPORTIONAL, weights, new long[] {1, 1, 1}, 1, 1);
    double[] f = frequencies(s, 3, DRAWS, 42);
    for (int i = 0; i < 3; i++) {
      double p = weights[i] / 10;
      double sigma = Math.sqrt(p * (1 - p) / DRAWS); // binomial standard error
      assertThat(f[i]).as("task %d", i).isCloseTo(p, within(4 * sigma));
    }
  }

  @Test
  void temperatureFollowsSizeToTheOneOverT() {
    long[] sizes = {10_000, 1_000, 100};
    double temperature = 2;
    TaskScheduler s = TaskSchedulers.create(SchedulingPolicy.TEMPERATURE, new double[] {1, 1, 1}, sizes, temperature, 4);
    // p_i = n_i^(1/2) / sum: 100, 31.62, 10 -> 0.7104, 0.2246, 0.0710
    double[] expected = {100 / 141.6228, 31.6228 / 141.6228, 10 / 141.6228};
    double[] f = frequencies(s, 3, DRAWS / 4, 9);
    for (int i = 0; i < 3; i++) {
      double sigma = Math.sqrt(expected[i] * (1 - expected[i]) / DRAWS);
      assertThat(f[i]).as("task %d", i).isCloseTo(expected[i], within(4 * sigma));
    }
  }

  @Test
  void temperatureOneIsProportionalToSizeAndLargeTIsNearlyUniform() {
    long[] sizes = {300, 100};
    assertThat(new SamplingScheduler(TaskSchedulers.temperatureWeights(sizes, 1), 1).probabilities())
        .containsExactly(new double[] {0.75, 0.25}, within(1e-12));
    assertThat(new SamplingScheduler(TaskSchedulers.temperatureWeights(sizes, 1e6), 1).probabilities()[0])
        .isCloseTo(0.5, within(1e-5));
  }

  @Test
  void roundRobinCyclesAcrossSteps() {
    TaskScheduler s = TaskSchedulers.create(SchedulingPolicy.ROUND_ROBIN, new double[3], new long[3], 1, 2);
    SplitMix64 rng = new SplitMix64(0);
    assertThat(s.tasksFor(0, rng)).containsExactly(0, 1);
    assertThat(s.tasksFor(1, rng)).containsExactly(2, 0);
    assertThat(s.tasksFor(2, rng)).containsExactly(1, 2);
    assertThat(rng.state()).isZero(); // draws nothing
  }

  @Test
  void allTasksPutsEveryTaskInEveryStep() {
    TaskScheduler s = TaskSchedulers.create(SchedulingPolicy.ALL_TASKS, new double[] {1, 1, 1}, new long[] {1, 1, 1}, 1, 2);
    assertThat(s.tasksFor(5, new SplitMix64(1))).containsExactly(0, 1, 2, 0, 1, 2);
  }

  @Test
  void sameSeedSameTasksAndARestoredStateContinuesTheSequence() {
    TaskScheduler s = TaskSchedulers.create(SchedulingPolicy.PROPORTIONAL, new double[] {1, 2, 3}, new long[3], 1, 3);
    List<Integer> a = draw(s, new SplitMix64(17), 0, 50);
    assertThat(draw(s, new SplitMix64(17), 0, 50)).isEqualTo(a);
    assertThat(draw(s, new SplitMix64(18), 0, 50)).isNotEqualTo(a);
    SplitMix64 rng = new SplitMix64(17);
    draw(s, rng, 0, 20);
    SplitMix64 resumed = new SplitMix64(0);
    resumed.restore(rng.state());
    assertThat(draw(s, resumed, 20, 50)).isEqualTo(a.subList(60, 150));
  }

  @Test
  void rejectsBadWeightsAndTemperaturesNamingTheValue() {
    assertThatThrownBy(() -> new SamplingScheduler(new double[] {1, Double.NaN}, 1))
        .hasMessageContaining("weight of task 1 is NaN");
    assertThatThrownBy(() -> new SamplingScheduler(new double[] {0, 0}, 1)).hasMessageContaining("sum to 0");
    assertThatThrownBy(() -> TaskSchedulers.temperatureWeights(new long[] {5, 0}, 2))
        .hasMessageContaining("dataset size of task 1 is 0");
    assertThatThrownBy(() -> TaskSchedulers.temperatureWeights(new long[] {5}, 0))
        .hasMessageContaining("temperature (0.0)");
  }

  private static List<Integer> draw(TaskScheduler s, SplitMix64 rng, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int step = from; step < to; step++) {
      out.addAll(s.tasksFor(step, rng));
    }
    return out;
  }
}
