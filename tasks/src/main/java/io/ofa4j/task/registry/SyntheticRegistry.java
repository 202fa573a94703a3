package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.task.synthetic.BuiltinSyntheticDatasets;
import io.ofa4j.task.synthetic.SyntheticDataset;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Synthetic datasets by generator name, from Guice ({@link io.ofa4j.task.synthetic.SyntheticBinder}) or the built-in list. */
public final class SyntheticRegistry {
  private final Map<String, SyntheticDataset> datasets;

  /** The registry of the bound datasets. */
  @Inject
  public SyntheticRegistry(Map<String, SyntheticDataset> datasets) {
    this.datasets = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(datasets, "datasets is null")));
  }

  /** The built-in datasets, without an injector. */
  public static SyntheticRegistry builtIn() {
    Map<String, SyntheticDataset> map = new TreeMap<>();
    for (SyntheticDataset d : BuiltinSyntheticDatasets.all()) {
      if (map.put(d.name(), d) != null) {
        throw new IllegalStateException("two built-in synthetic datasets are named '" + d.name() + "'");
      }
    }
    return new SyntheticRegistry(map);
  }

  /** Generator names, sorted. */
  public List<String> names() {
    return List.copyOf(datasets.keySet());
  }

  /** The dataset named {@code name}, if registered. */
  public Optional<SyntheticDataset> find(String name) {
    return Optional.ofNullable(datasets.get(name));
  }

  /** The dataset named {@code name}, failing with the known names and a guess. */
  public SyntheticDataset require(String name) {
    SyntheticDataset d = datasets.get(name);
    if (d == null) {
      String guess = Suggestions.didYouMean(name, datasets.keySet()).map(s -> "; " + s).orElse("");
      throw new IllegalArgumentException("no synthetic dataset '" + name + "'" + guess
          + "; known: " + datasets.keySet());
    }
    return d;
  }
}
