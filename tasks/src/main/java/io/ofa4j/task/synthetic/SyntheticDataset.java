package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.function.Supplier;

/**
 * A synthetic dataset for the catalog tasks whose {@code synthetic.generator} names it: example
 * {@code i} is a pure function of (seed, i, the task's labels), so a split is an index range and
 * can be generated lazily, in any order, or resumed. Media files (PNG, WAV, MP4, SQLite) are
 * written through the context's {@link MediaCache}.
 *
 * <p>Implementations are registered by name with {@link SyntheticBinder} (Guice) and listed in
 * {@link BuiltinSyntheticDatasets} (plain Java).
 */
public interface SyntheticDataset {

  /** The generator name used in the catalog, e.g. {@code scene_caption}. */
  String name();

  /** One line: what the examples are. */
  String description();

  /**
   * Example number {@code index}, with exactly the slot names of the task's instruction.
   *
   * @param index 0-based; train uses {@code [0, train)}, validation {@code [train, train + validation)}
   * @param context seed, task labels and media cache
   */
  Example example(long index, SyntheticContext context);

  /**
   * The trivial baseline: its predictions for {@code eval}, fitted on {@code train} (supplied lazily: copy baselines never generate it) (majority
   * class, most frequent answer, centre box, copy of the input ...), and the references of the
   * task's primary metric.
   */
  Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context);
}
