package io.ofa4j.preset;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.kit.ModalitiesModule;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.PlannerModule;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.task.TasksModule;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.metric.Metric;
import java.util.Map;

/**
 * The composition root. {@link #create()} builds the one injector of a process ({@link
 * Stage#PRODUCTION}: every singleton, the task catalog included, is built and checked at start):
 * the planner and its modalities ({@link PlannerModule}), the task catalog, metrics, synthetic
 * datasets and readers ({@link TasksModule}) and the preset loader. A model's modality kits
 * depend on its sizes, so they live in a child injector per model ({@link #kits}) with the
 * {@link ModalitiesModule}.
 */
public final class Ofa4jInjector {
  private Ofa4jInjector() {}

  /** The process-wide injector. */
  public static Injector create() {
    return Guice.createInjector(Stage.PRODUCTION, new PlannerModule(), new TasksModule(), new PresetModule());
  }

  /** The kits of a model with the given adapter sizes, from a child of {@code root}. */
  public static KitRegistry kits(Injector root, KitSettings settings) {
    requireNonNull(root, "root is null");
    return root.createChildInjector(new ModalitiesModule(requireNonNull(settings, "settings is null")))
        .getInstance(KitRegistry.class);
  }

  /** The metrics by name bound in {@code root}. */
  public static Map<String, Metric<?, ?>> metrics(Injector root) {
    return root.getInstance(Key.get(new TypeLiteral<Map<String, Metric<?, ?>>>() {}));
  }

  /** Binds the preset loader over the injector's catalog and planner. */
  private static final class PresetModule extends AbstractModule {
    @Provides
    @Singleton
    PresetLoader presetLoader(TaskCatalog catalog, Planner planner) {
      return new PresetLoader(catalog, planner);
    }
  }
}
