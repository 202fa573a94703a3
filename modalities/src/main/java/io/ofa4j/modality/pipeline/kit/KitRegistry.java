package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The kits by modality name, and their adapters by adapter name. */
public final class KitRegistry {
  private final Map<String, ModalityKit> kits;
  private final Map<String, SpanAdapter> adapters = new LinkedHashMap<>();

  /** A registry of {@code kits} keyed by modality name (Guice's MapBinder gives this map). */
  @Inject
  public KitRegistry(Map<String, ModalityKit> kits) {
    this.kits = Map.copyOf(requireNonNull(kits, "kits is null"));
    for (ModalityKit k : this.kits.values()) {
      k.adapter().ifPresent(a -> adapters.putIfAbsent(a.name(), a));
    }
  }

  /** A registry of {@code kits}, keyed by their own modality names. */
  public static KitRegistry of(Collection<ModalityKit> kits) {
    Map<String, ModalityKit> m = new LinkedHashMap<>();
    for (ModalityKit k : kits) {
      if (m.put(k.modality(), k) != null) {
        throw new IllegalArgumentException("two kits for modality " + k.modality());
      }
    }
    return new KitRegistry(m);
  }

  /** The kit of {@code modality}, failing with the known names. */
  public ModalityKit kit(String modality) {
    ModalityKit k = kits.get(modality);
    if (k == null) {
      throw new IllegalArgumentException("no modality kit for '" + modality + "'; known: "
          + new TreeSet<>(kits.keySet()));
    }
    return k;
  }

  /** The adapter named {@code name}. */
  public SpanAdapter adapter(String name) {
    SpanAdapter a = adapters.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no adapter '" + name + "'; known: " + adapters.keySet());
    }
    return a;
  }

  /** Every distinct adapter. */
  public List<SpanAdapter> adapters() {
    return new ArrayList<>(adapters.values());
  }

  /** Adds every adapter's weights to {@code store} (seeded) where missing. */
  public void initializeAdapters(ParameterStore store, long seed) {
    long s = seed;
    for (SpanAdapter a : adapters.values()) {
      a.initialize(store, s++);
    }
  }

  /** The kit of {@code modality}, if any. */
  public Optional<ModalityKit> find(String modality) {
    return Optional.ofNullable(kits.get(modality));
  }
}
