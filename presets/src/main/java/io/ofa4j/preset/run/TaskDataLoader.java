package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.preset.recipe.DataSection;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.catalog.TaskSpec;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.registry.ReaderRegistry;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link TaskData} from a preset's task entry: the plan (the inline instruction or the
 * catalog's); the examples, either the synthetic ones of its generator ({@code data.source:
 * synthetic}, or {@code synthetic:GENERATOR} for an inline task) split into disjoint train and
 * validation index ranges, or real files read by the format's reader ({@code data.source: FORMAT},
 * see {@link ReaderData}); the label set; the trivial baseline fitted on the training split; and the
 * decoding options ({@link Decoding}).
 */
public final class TaskDataLoader {
  /** Prefix of a data source naming the synthetic generator explicitly. */
  public static final String SYNTHETIC = "synthetic";
  private static final Logger LOG = LoggerFactory.getLogger(TaskDataLoader.class);

  private final TaskCatalog catalog;
  private final Planner planner;
  private final SyntheticRegistry synthetic;
  private final ReaderRegistry readers;
  private final Map<String, Metric<?, ?>> metrics;
  private final Path cacheRoot;
  private final int threads;

  /**
   * @param catalog task catalog
   * @param planner plans inline instructions
   * @param synthetic the synthetic datasets
   * @param readers the dataset formats and their mappings onto catalog tasks
   * @param metrics metrics by name (to check that a reader baseline scores)
   * @param cacheRoot where synthetic media are cached
   * @param threads threads generating examples (media files are written once, then reused)
   */
  public TaskDataLoader(TaskCatalog catalog, Planner planner, SyntheticRegistry synthetic, ReaderRegistry readers,
      Map<String, Metric<?, ?>> metrics, Path cacheRoot, int threads) {
    this.catalog = requireNonNull(catalog, "catalog is null");
    this.planner = requireNonNull(planner, "planner is null");
    this.synthetic = requireNonNull(synthetic, "synthetic is null");
    this.readers = requireNonNull(readers, "readers is null");
    this.metrics = Map.copyOf(requireNonNull(metrics, "metrics is null"));
    this.cacheRoot = requireNonNull(cacheRoot, "cacheRoot is null");
    this.threads = Math.max(1, threads);
  }

  /** The data of {@code entry}, with the dataset seed {@code seed}. */
  public TaskData load(TaskEntry entry, long seed) {
    requireNonNull(entry, "entry is null");
    String source = entry.data().source();
    if (!entry.data().synthetic()) {
      return loadReader(entry, seed);
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
    return new TaskData(entry.name(), instruction, plan, rawTrain, validation.stream().map(e -> RawValues.of(plan, e)).toList(),
        labels, spec.metrics(), baseline, null, Decoding.of(entry.generation(), spec),
        entry.name() + ": synthetic " + dataset.name() + ": " + train.size() + " train + " + validation.size()
            + " validation");
  }

  /** Real files through the format's reader (see {@link ReaderData}). */
  private TaskData loadReader(TaskEntry entry, long seed) {
    DataSection data = entry.data();
    CatalogTask task = readerCatalogTask(entry);
    TaskSpec spec = task.spec();
    String instruction = entry.instruction() != null ? entry.instruction().value() : spec.instruction();
    TaskPlan plan = planner.plan(instruction).template(1);
    List<String> slots = plan.slots().stream().map(SlotPlan::name).distinct().toList();
    boolean named = catalog.find(entry.name()).isPresent();
    // an inline task borrows the catalog task of its format for metrics and label value maps
    ReaderData read = ReaderData.read(readers, entry.name(), spec.name(), data, slots);
    List<RawExample> rawTrain = read.train().stream().map(e -> RawValues.of(plan, e)).toList();
    List<RawExample> rawVal = read.validation().stream().map(e -> RawValues.of(plan, e)).toList();
    TaskData probe = new TaskData(entry.name(), instruction, plan, rawTrain, rawVal, List.of(), spec.metrics(), null, 1);
    List<String> labels = probe.closedSet() ? labels(named ? spec.labels() : List.of(), probe, rawTrain) : List.of();
    SyntheticDataset dataset = spec.synthetic() == null ? null
        : synthetic.find(spec.synthetic().generator()).orElse(null);
    SyntheticContext ctx = dataset == null ? null : new SyntheticContext(seed, spec.labels(),
        MediaCache.of(cacheRoot, dataset.name(), seed, Split.VALIDATION.word()).dry());
    Metric<?, ?> primary = metrics.get(spec.metrics().get(0));
    Baseline baseline = primary == null ? null
        : ReaderBaselines.of(probe, read.train(), read.validation(), dataset, ctx, primary);
    if (baseline == null) {
      LOG.warn("task {}: no trivial baseline fits this data, and the task is not scored (n/a)", entry.name());
    }
    LOG.info("{}", read.note());
    return new TaskData(entry.name(), instruction, plan, rawTrain, rawVal, labels, spec.metrics(), baseline, null,
        Decoding.of(entry.generation(), spec), read.note());
  }

  /** The catalog task named by the entry, else the first trainable one reading this format (for its metrics). */
  private CatalogTask readerCatalogTask(TaskEntry entry) {
    String format = entry.data().source();
    var byName = catalog.find(entry.name());
    if (byName.isPresent()) {
      return byName.get();
    }
    return catalog.tasks().stream().filter(t -> t.spec().trainable() && t.spec().formats().contains(format))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("task '" + entry.name() + "' is not in the"
            + " catalog and no catalog task reads format '" + format + "', so its metrics are unknown; name a"
            + " catalog task (see 'ofa4j tasks')"));
  }

  /**
   * {@code count} fresh examples of {@code entry}'s task: indices after its validation split, so
   * neither training nor evaluation saw them (for demonstrations of inference).
   */
  public List<Example> fresh(TaskEntry entry, long seed, int count) {
    if (!entry.data().synthetic()) {
      // real data cannot make new examples: the first validation records are the unseen ones
      CatalogTask task = readerCatalogTask(entry);
      String instruction = entry.instruction() != null ? entry.instruction().value() : task.spec().instruction();
      List<String> slots = planner.plan(instruction).template(1).slots().stream().map(SlotPlan::name).distinct().toList();
      List<Example> val = ReaderData.read(readers, entry.name(), task.spec().name(), entry.data(), slots).validation();
      return val.subList(0, Math.min(count, val.size()));
    }
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
    return labels(spec.labels(), probe, train);
  }

  /** {@code known} when given, else the distinct training values of the closed-set slot. */
  private static List<String> labels(List<String> known, TaskData probe, List<RawExample> train) {
    if (!known.isEmpty()) {
      return known;
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
