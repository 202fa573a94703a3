package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import com.google.inject.multibindings.MapBinder;
import io.ofa4j.planner.spi.ModalityName;

/**
 * Guice binding DSL for modality kits: {@code kitBinder(binder).bind(ImageKit.class)}. Kits are
 * keyed by their {@link ModalityName}; binding two kits for one modality fails when the injector
 * is created (MapBinder rejects duplicate keys). The map feeds {@link KitRegistry}.
 */
public final class ModalityKitBinder {
  private final MapBinder<String, ModalityKit> map;

  private ModalityKitBinder(Binder binder) {
    this.map = MapBinder.newMapBinder(requireNonNull(binder, "binder is null"), String.class, ModalityKit.class);
  }

  /** The binder DSL over this Guice binder. */
  public static ModalityKitBinder kitBinder(Binder binder) {
    return new ModalityKitBinder(binder);
  }

  /**
   * Binds a kit class as a singleton under its {@link ModalityName}.
   *
   * @throws IllegalArgumentException when the class lacks {@code @ModalityName}
   */
  public ModalityKitBinder bind(Class<? extends ModalityKit> type) {
    requireNonNull(type, "type is null");
    ModalityName name = type.getAnnotation(ModalityName.class);
    if (name == null) {
      throw new IllegalArgumentException("modality kit " + type.getName() + " needs a @ModalityName annotation");
    }
    map.addBinding(name.value()).to(type).in(Scopes.SINGLETON);
    return this;
  }
}
