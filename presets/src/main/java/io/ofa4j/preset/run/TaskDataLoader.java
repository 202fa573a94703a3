package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.catalog.TaskSpec;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.registry.SyntheticRegistry;
import io.ofa4j.task.synthetic.Baseline;
import io.ofa4j.task.synthetic.MediaCache;
import io.ofa4j.task.synthetic.Split;
import io.ofa4j.task.synthetic.SyntheticContext;
import io.ofa4j.task.synthetic.SyntheticDataset;
import io.ofa4j.task.synthetic.SyntheticSplits;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Builds a {@link TaskData} from a preset's task entry: the plan (the inline instruction or the
 * catalog's), the synthetic examples of its generator ({@code data.source: synthetic}, or
 * {@code synthetic:GENERATOR} for an inline task) split into disjoint train and validation index
 * ranges, the label set and the trivial baseline fitted on the training split.
 */
public final class TaskDataLoader {
  /** Prefix of a data source naming the synthetic generator explicitly. */
  public static final String SYNTHETIC = "synthetic";

  private final TaskCatalog catalog;
  private final Planner planner;
  private final SyntheticRegistry synthetic;
  private final Path cacheRoot;
  private final int threads;

  /**
   * @param catalog task catalog
   * @param planner plans inline instructions
   * @param synthetic the synthetic datasets
   * @param cacheRoot where synthetic media are cached
   * @param threads threads generating examples (media files are written once, then reused)
   */
  public TaskDataLoader(TaskCatalog catalog, Planner planner, SyntheticRegistry synthetic, Path cacheRoot,
      int threads) {
    this.catalog = requireNonNull(catalog, "catalog is null");
    this.planner = requireNonNull(planner, "planner is null");
    this.synthetic = requireNonNull(synthetic, "synthetic is null");
    this.cacheRoot = requireNonNull(cacheRoot, "cacheRoot is null");
    this.threads = Math.max(1, threads);
  }

  /** The data of {@code entry}, with the dataset seed {@code seed}. */
  public TaskData load(TaskEntry entry, long seed) {
    requireNonNull(entry, "entry is null");
    String source = entry.data().source();
    if (!source.equals(SYNTHETIC) && !source.startsWith(SYNTHETIC + ":")) {
      throw new IllegalArgumentException("task '" + entry.name() + "': data.source '" + source
          + "' is a reader format; training reads synthetic data only so far (use 'synthetic'"
          + " or 'synthetic:GENERATOR')");
    }
    CatalogTask task = catalogTask(entry, source);
    TaskSpec spec = task.spec();
    String instruction = entry.instruction() != null ? entry.instruction().value() : spec.instruction();
    TaskPlan plan = planner.plan(instruction).template(1);
    SyntheticDataset dataset = synthetic.require(source.startsWith(SYNTHETIC + ":")
        ? source.substring(SYNTHETIC.length() + 1) : spec.synthetic().generator());
    int trainSize = entry.data().train();
    List<Example> train = examples(dataset, seed, Split.TRAIN, trainSize, trainSize, spec.labels());
    List<Example> validation = examples(dataset, seed, Split.VALIDATION, trainSize, entry.data().validation(),
        spec.labels());
    SyntheticContext valContext = context(dataset, seed, Split.VALIDATION, spec.labels());
    Baseline baseline = dataset.baseline(() -> train, validation, valContext);
    List<RawExample> rawTrain = train.stream().map(e -> RawValues.of(plan, e)).toList();
    TaskData probe = new TaskData(entry.name(), instruction, plan, rawTrain, List.of(), List.of(), spec.metrics(), null, 1);
    List<String> labels = probe.closedSet() ? labels(spec, probe, rawTrain) : List.of();
    int maxNew = Math.max(1, Math.min(entry.generation().maxNewTokens(), spec.maxNewTokens()));
    return new TaskData(entry.name(), instruction, plan, rawTrain, validation.stream().map(e -> RawValues.of(plan, e)).toList(),
        labels, spec.metrics(), baseline, maxNew);
  }

  /**
   * {@code count} fresh examples of {@code entry}'s task: indices after its validation split, so
   * neither training nor evaluation saw them (for demonstrations of inference).
   */
  public List<Example> fresh(TaskEntry entry, long seed, int count) {
    CatalogTask task = catalogTask(entry, entry.data().source());
    String source = entry.data().source();
    SyntheticDataset dataset = synthetic.require(source.startsWith(SYNTHETIC + ":")
        ? source.substring(SYNTHETIC.length() + 1) : task.spec().synthetic().generator());
    SyntheticContext ctx = context(dataset, seed, Split.VALIDATION, task.spec().labels());
    long first = SyntheticSplits.firstIndex(Split.VALIDATION, entry.data().train()) + entry.data().validation();
    return IntStream.range(0, count).mapToObj(i -> dataset.example(first + i, ctx)).toList();
  }

  private CatalogTask catalogTask(TaskEntry entry, String source) {
    var byName = catalog.find(entry.name());
    if (byName.isPresent() && byName.get().spec().trainable() && byName.get().spec().synthetic() != null) {
      return byName.get();
    }
    if (source.startsWith(SYNTHETIC + ":")) {
      String generator = source.substring(SYNTHETIC.length() + 1);
      synthetic.require(generator);
      return catalog.tasks().stream()
          .filter(t -> t.spec().synthetic() != null && t.spec().synthetic().generator().equals(generator))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("task '" + entry.name()
              + "': no catalog task uses generator '" + generator + "', so its metrics are unknown"));
    }
    throw new IllegalArgumentException("task '" + entry.name() + "' is not a trainable catalog task; name one"
        + " of " + catalog.tasks().stream().filter(t -> t.spec().trainable()).map(t -> t.spec().name()).toList()
        + " or give data.source 'synthetic:GENERATOR' (" + synthetic.names() + ")");
  }

  private List<Example> examples(SyntheticDataset dataset, long seed, Split split, int trainSize, int count,
      List<String> labels) {
    SyntheticContext ctx = context(dataset, seed, split, labels);
    long first = SyntheticSplits.firstIndex(split, trainSize);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // examples are pure functions of (seed, index); media files are written through the cache
      return pool.submit(() -> IntStream.range(0, count).parallel()
          .mapToObj(i -> dataset.example(first + i, ctx)).toList()).join();
    } finally {
      pool.shutdown();
    }
  }

  private SyntheticContext context(SyntheticDataset dataset, long seed, Split split, List<String> labels) {
    return new SyntheticContext(seed, labels, MediaCache.of(cacheRoot, dataset.name(), seed, split.word()));
  }

  private static List<String> labels(TaskSpec spec, TaskData probe, List<RawExample> train) {
    if (!spec.labels().isEmpty()) {
      return spec.labels();
    }
    String slot = probe.targetSlot().name();
    Set<String> seen = new LinkedHashSet<>();
    for (RawExample e : train) {
      Object v = e.slots().get(slot);
      if (v instanceof String s) {
        seen.add(s);
      }
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException("task '" + probe.name() + "': closed-set slot '" + slot
          + "' has no label set and no training values");
    }
    return List.copyOf(seen);
  }
}
