package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.catalog.TaskSpec;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.BuiltinMetricsModule;
import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.metric.MetricResult;
import io.ofa4j.task.synthetic.Baseline;
import io.ofa4j.task.synthetic.MediaCache;
import io.ofa4j.task.synthetic.Split;
import io.ofa4j.task.synthetic.SyntheticContext;
import io.ofa4j.task.synthetic.SyntheticDataset;
import io.ofa4j.task.synthetic.SyntheticSplits;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The synthetic data of catalog tasks: which dataset a task uses, its splits (sizes from the
 * task's {@code synthetic} entry) and its trivial baseline scored with the task's primary metric.
 */
public final class SyntheticTasks {
  private final SyntheticRegistry datasets;
  private final Map<String, Metric<?, ?>> metrics;

  /** Over the given datasets and metrics. */
  @Inject
  public SyntheticTasks(SyntheticRegistry datasets, Map<String, Metric<?, ?>> metrics) {
    this.datasets = requireNonNull(datasets, "datasets is null");
    this.metrics = Map.copyOf(requireNonNull(metrics, "metrics is null"));
  }

  /** The built-in datasets and metrics, without an injector of the caller's. */
  public static SyntheticTasks builtIn() {
    Map<String, Metric<?, ?>> metrics = Guice.createInjector(new BuiltinMetricsModule())
        .getInstance(Key.get(new TypeLiteral<Map<String, Metric<?, ?>>>() {}));
    return new SyntheticTasks(SyntheticRegistry.builtIn(), metrics);
  }

  /** The dataset registry. */
  public SyntheticRegistry datasets() {
    return datasets;
  }

  /** The task's dataset; fails for planned-only tasks, which have none. */
  public SyntheticDataset dataset(CatalogTask task) {
    return datasets.require(spec(task).generator());
  }

  /** The generation context of one split. */
  public SyntheticContext context(CatalogTask task, long seed, Split split, Path cacheRoot) {
    String generator = spec(task).generator();
    return new SyntheticContext(seed, task.spec().labels(),
        MediaCache.of(cacheRoot, generator, seed, split.word()));
  }

  /** Size of {@code split}. */
  public int size(CatalogTask task, Split split) {
    TaskSpec.SyntheticSpec s = spec(task);
    return split == Split.TRAIN ? s.train() : s.validation();
  }

  /** The first {@code limit} examples of {@code split} (all when {@code limit} is negative or too large). */
  public List<Example> examples(CatalogTask task, long seed, Split split, int limit, Path cacheRoot) {
    int size = size(task, split);
    int count = limit < 0 ? size : Math.min(limit, size);
    return SyntheticSplits.examples(dataset(task), context(task, seed, split, cacheRoot), split,
        spec(task).train(), count);
  }

  /**
   * The trivial baseline on {@code eval} (examples of {@code split}), fitted on the whole train split
   * generated dry (labels only, no media written), scored with the task's first metric.
   */
  public BaselineReport baseline(CatalogTask task, long seed, Split split, List<Example> eval, Path cacheRoot) {
    SyntheticDataset dataset = dataset(task);
    SyntheticContext context = context(task, seed, split, cacheRoot);
    SyntheticContext dryTrain = new SyntheticContext(seed, task.spec().labels(),
        MediaCache.of(cacheRoot, dataset.name(), seed, Split.TRAIN.word()).dry());
    Baseline b = dataset.baseline(() -> SyntheticSplits.examples(dataset, dryTrain, Split.TRAIN,
        spec(task).train(), spec(task).train()), eval, context);
    String metricName = task.spec().metrics().get(0);
    Metric<?, ?> metric = metrics.get(metricName);
    if (metric == null) {
      throw new IllegalStateException("task '" + task.spec().name() + "': primary metric '"
          + metricName + "' is not registered; known: " + metrics.keySet());
    }
    MetricResult r = b.score(metric);
    return new BaselineReport(task.spec().name(), dataset.name(), split.word(), seed, b.description(),
        metricName, r.score(), metric.higherIsBetter(), r.count());
  }

  private static TaskSpec.SyntheticSpec spec(CatalogTask task) {
    requireNonNull(task, "task is null");
    if (task.spec().synthetic() == null || !task.spec().trainable()) {
      throw new IllegalArgumentException("task '" + task.spec().name()
          + "' is planned only: it has no synthetic dataset");
    }
    return task.spec().synthetic();
  }
}
