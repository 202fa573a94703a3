package io.ofa4j.task.metric;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

/**
 * Registers metrics by name for task presets: {@code metricBinder(binder).bind(new Cider(...))}. A
 * thin wrapper over {@code MapBinder<String, Metric<?, ?>>}; two metrics with one name fail when the
 * injector is created (MapBinder's duplicate-key check).
 */
public final class MetricBinder {

  private final MapBinder<String, Metric<?, ?>> metrics;

  private MetricBinder(Binder binder) {
    this.metrics = MapBinder.newMapBinder(requireNonNull(binder, "binder is null"),
        new TypeLiteral<String>() {}, new TypeLiteral<Metric<?, ?>>() {});
  }

  /** The metric binder of {@code binder}. */
  public static MetricBinder metricBinder(Binder binder) {
    return new MetricBinder(binder);
  }

  /** Binds {@code metric} under its own {@link Metric#name()}. */
  public MetricBinder bind(Metric<?, ?> metric) {
    requireNonNull(metric, "metric is null");
    metrics.addBinding(metric.name()).toInstance(metric);
    return this;
  }
}
