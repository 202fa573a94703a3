package io.ofa4j.task;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.ofa4j.planner.Planner;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.metric.BuiltinMetricsModule;
import io.ofa4j.task.registry.ReaderRegistry;
import io.ofa4j.task.registry.SyntheticRegistry;
import io.ofa4j.task.registry.SyntheticTasks;
import io.ofa4j.task.synthetic.SyntheticBinder;

/**
 * Guice wiring of the tasks module: the built-in metrics ({@link BuiltinMetricsModule}), the
 * built-in synthetic datasets ({@link SyntheticBinder}), their registry, the dataset reader
 * registry and the task catalog planned with the injector's {@link Planner}. Other modules add
 * metrics or datasets with {@code MetricBinder} / {@code SyntheticBinder}.
 */
public final class TasksModule extends AbstractModule {

  @Override
  protected void configure() {
    install(new BuiltinMetricsModule());
    SyntheticBinder.of(binder()).bindBuiltins();
    bind(SyntheticRegistry.class).in(Singleton.class);
    bind(SyntheticTasks.class).in(Singleton.class);
  }

  @Provides
  @Singleton
  TaskCatalog catalog(Planner planner) {
    return TaskCatalog.load(planner);
  }

  @Provides
  @Singleton
  ReaderRegistry readers() {
    return ReaderRegistry.builtIn();
  }
}
