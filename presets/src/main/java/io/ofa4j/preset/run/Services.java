package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import com.google.inject.Injector;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.planner.Planner;
import io.ofa4j.preset.Ofa4jInjector;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.registry.ReaderRegistry;
import io.ofa4j.task.registry.SyntheticRegistry;
import io.ofa4j.task.synthetic.MediaCache;
import java.nio.file.Path;
import java.util.Map;

/**
 * What runs take from the injector: planner, catalog, synthetic datasets, metrics, the preset
 * loader, and kits per model (a child injector), plus the synthetic media cache root.
 *
 * @param injector the root injector
 * @param cacheRoot synthetic media cache
 */
public record Services(Injector injector, Path cacheRoot) {
  public Services {
    requireNonNull(injector, "injector is null");
    requireNonNull(cacheRoot, "cacheRoot is null");
  }

  /** Services of a fresh {@link Ofa4jInjector} with the default media cache ({@code $OFA4J_CACHE}). */
  public static Services create() {
    return new Services(Ofa4jInjector.create(), MediaCache.defaultRoot());
  }

  /** The planner. */
  public Planner planner() {
    return injector.getInstance(Planner.class);
  }

  /** The task catalog. */
  public TaskCatalog catalog() {
    return injector.getInstance(TaskCatalog.class);
  }

  /** The synthetic datasets. */
  public SyntheticRegistry synthetic() {
    return injector.getInstance(SyntheticRegistry.class);
  }

  /** The dataset formats (readers) and their mappings onto catalog tasks. */
  public ReaderRegistry readers() {
    return injector.getInstance(ReaderRegistry.class);
  }

  /** Metrics by name. */
  public Map<String, Metric<?, ?>> metrics() {
    return Ofa4jInjector.metrics(injector);
  }

  /** The preset loader. */
  public PresetLoader presets() {
    return injector.getInstance(PresetLoader.class);
  }

  /** Kits for a model with these adapter sizes. */
  public KitRegistry kits(KitSettings settings) {
    return Ofa4jInjector.kits(injector, settings);
  }

  /** A data loader generating with {@code threads} threads. */
  public TaskDataLoader dataLoader(int threads) {
    return new TaskDataLoader(catalog(), planner(), synthetic(), readers(), metrics(), cacheRoot, threads);
  }
}
