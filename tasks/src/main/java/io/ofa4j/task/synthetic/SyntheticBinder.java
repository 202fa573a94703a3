package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.multibindings.MapBinder;

/**
 * Registers synthetic datasets by name: {@code SyntheticBinder.of(binder()).bind(new MyDataset())}.
 * A thin wrapper over {@code MapBinder<String, SyntheticDataset>}; two datasets with one name fail
 * when the injector is created.
 */
public final class SyntheticBinder {
  private final MapBinder<String, SyntheticDataset> map;

  private SyntheticBinder(Binder binder) {
    this.map = MapBinder.newMapBinder(binder, String.class, SyntheticDataset.class);
  }

  /** The binder of {@code binder}'s module. */
  public static SyntheticBinder of(Binder binder) {
    return new SyntheticBinder(requireNonNull(binder, "binder is null"));
  }

  /** Adds {@code dataset} under its name. */
  public SyntheticBinder bind(SyntheticDataset dataset) {
    requireNonNull(dataset, "dataset is null");
    map.addBinding(dataset.name()).toInstance(dataset);
    return this;
  }

  /** Adds every {@link BuiltinSyntheticDatasets built-in} dataset. */
  public SyntheticBinder bindBuiltins() {
    BuiltinSyntheticDatasets.all().forEach(this::bind);
    return this;
  }
}
