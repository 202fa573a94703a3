package io.ofa4j.planner;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.modality.BuiltInModalities;
import io.ofa4j.planner.spi.ModalityDescriptor;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The modalities an instruction may name, looked up by canonical name or alias. Built by Guice
 * from the {@link ModalityBinder} map, or directly with {@link #of} / {@link #builtIns()}.
 */
public final class ModalityRegistry {

  private final Map<String, ModalityDescriptor> byName;
  private final Map<String, ModalityDescriptor> bySpelling;

  /**
   * A registry over the bound descriptors.
   *
   * @param descriptors canonical name to descriptor; each key must equal its descriptor's name
   * @throws IllegalArgumentException when a key and name differ or an alias is taken twice
   */
  @Inject
  public ModalityRegistry(Map<String, ModalityDescriptor> descriptors) {
    requireNonNull(descriptors, "descriptors is null");
    this.byName = new TreeMap<>();
    this.bySpelling = new LinkedHashMap<>();
    for (Map.Entry<String, ModalityDescriptor> e : descriptors.entrySet()) {
      ModalityDescriptor d = requireNonNull(e.getValue(), "descriptor is null");
      if (!e.getKey().equals(d.name())) {
        throw new IllegalArgumentException("modality bound as '" + e.getKey() + "' ("
            + d.getClass().getName() + ") reports name '" + d.name() + "'");
      }
      byName.put(d.name(), d);
    }
    for (ModalityDescriptor d : byName.values()) {
      claim(d.name(), d);
    }
    for (ModalityDescriptor d : byName.values()) {
      d.aliases().stream().sorted().forEach(alias -> claim(alias, d));
    }
  }

  /** A registry over these descriptors. */
  public static ModalityRegistry of(Collection<? extends ModalityDescriptor> descriptors) {
    Map<String, ModalityDescriptor> map = new LinkedHashMap<>();
    for (ModalityDescriptor d : descriptors) {
      if (map.putIfAbsent(d.name(), d) != null) {
        throw new IllegalArgumentException("modality '" + d.name() + "' is registered twice");
      }
    }
    return new ModalityRegistry(map);
  }

  /** The nine built-in modalities, without Guice. */
  public static ModalityRegistry builtIns() {
    return of(BuiltInModalities.all());
  }

  private void claim(String spelling, ModalityDescriptor d) {
    ModalityDescriptor previous = bySpelling.putIfAbsent(spelling, d);
    if (previous != null && previous != d) {
      throw new IllegalArgumentException("modality spelling '" + spelling + "' of "
          + d.name() + " is already taken by " + previous.name());
    }
  }

  /** The descriptor for a name or alias exactly as written, if any. */
  public Optional<ModalityDescriptor> find(String written) {
    return Optional.ofNullable(bySpelling.get(written));
  }

  /** Canonical names, sorted. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** Every accepted spelling: canonical names then aliases. */
  public List<String> spellings() {
    return new ArrayList<>(bySpelling.keySet());
  }

  /** The descriptors, sorted by name. */
  public List<ModalityDescriptor> descriptors() {
    return List.copyOf(byName.values());
  }
}
