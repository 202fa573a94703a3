package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Draws examples from several sources (one task fed by several datasets) with sampling ratios:
 * each step picks a non-exhausted source with probability proportional to its weight, using one
 * {@code nextDouble()} of a seeded RNG; exhausted sources drop out without consuming randomness,
 * so the sources' positions plus the number of draws resume the exact sequence.
 */
public final class MixedReader implements Iterator<Example>, AutoCloseable {

  /**
   * Where a mixed reader stands.
   *
   * @param sources the position of each source
   * @param draws random draws made so far
   */
  public record Position(List<ReaderPosition> sources, long draws) {
    public Position {
      sources = List.copyOf(requireNonNull(sources, "sources is null"));
    }
  }

  private final List<DatasetReader> sources;
  private final double[] weights;
  private final Random random;
  private long draws;

  /**
   * @param sources readers, already positioned (at the start, or at {@code Position.sources()})
   * @param weights sampling ratio per source, > 0
   * @param seed RNG seed
   * @param draws draws already made (0, or {@code Position.draws()} when resuming)
   */
  public MixedReader(List<DatasetReader> sources, double[] weights, long seed, long draws) {
    this.sources = List.copyOf(requireNonNull(sources, "sources is null"));
    this.weights = weights.clone();
    if (weights.length != this.sources.size()) {
      throw new IllegalArgumentException(
          weights.length + " weights for " + this.sources.size() + " sources");
    }
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight of source " + i + " must be > 0 but was " + weights[i]);
      }
    }
    this.random = new Random(seed);
    for (long i = 0; i < draws; i++) {
      random.nextDouble();
    }
    this.draws = draws;
  }

  @Override
  public boolean hasNext() {
    for (DatasetReader r : sources) {
      if (r.hasNext()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Example next() {
    List<Integer> active = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).hasNext()) {
        active.add(i);
        total += weights[i];
      }
    }
    if (active.isEmpty()) {
      throw new NoSuchElementException("all " + sources.size() + " sources are exhausted");
    }
    double r = random.nextDouble() * total;
    draws++;
    int chosen = active.get(active.size() - 1);
    for (int i : active) {
      r -= weights[i];
      if (r < 0) {
        chosen = i;
        break;
      }
    }
    return sources.get(chosen).next();
  }

  /** The position to resume from. */
  public Position position() {
    return new Position(sources.stream().map(DatasetReader::position).toList(), draws);
  }

  @Override
  public void close() {
    sources.forEach(DatasetReader::close);
  }
}
