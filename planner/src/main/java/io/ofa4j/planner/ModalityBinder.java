package io.ofa4j.planner;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import com.google.inject.multibindings.MapBinder;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.ModalityName;

/**
 * Guice binding DSL for modalities: {@code modalityBinder(binder).bind(ImageDescriptor.class)}.
 * Each descriptor is keyed by its {@link ModalityName}, so binding a second descriptor for the
 * same modality fails when the injector is created (MapBinder rejects duplicate keys).
 */
public final class ModalityBinder {

  private final MapBinder<String, ModalityDescriptor> map;

  private ModalityBinder(Binder binder) {
    this.map = MapBinder.newMapBinder(requireNonNull(binder, "binder is null"), String.class,
        ModalityDescriptor.class);
  }

  /** The binder DSL over this Guice binder. */
  public static ModalityBinder modalityBinder(Binder binder) {
    return new ModalityBinder(binder);
  }

  /**
   * Binds a descriptor class as a singleton under its {@link ModalityName}.
   *
   * @throws IllegalArgumentException when the class lacks {@code @ModalityName}
   */
  public ModalityBinder bind(Class<? extends ModalityDescriptor> type) {
    requireNonNull(type, "type is null");
    ModalityName name = type.getAnnotation(ModalityName.class);
    if (name == null) {
      throw new IllegalArgumentException("modality descriptor " + type.getName()
          + " needs a @ModalityName annotation");
    }
    map.addBinding(name.value()).to(type).in(Scopes.SINGLETON);
    return this;
  }
}
