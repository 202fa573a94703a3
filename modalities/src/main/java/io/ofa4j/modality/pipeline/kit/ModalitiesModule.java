package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;

/**
 * Binds the built-in kits ({@link BuiltInKits}'s list) with their {@link KitSettings}, and the
 * {@link KitRegistry} over them. Other modules add kits with {@link ModalityKitBinder}.
 */
public final class ModalitiesModule extends AbstractModule {
  private final KitSettings settings;

  /** A module whose adapters follow {@code settings}. */
  public ModalitiesModule(KitSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  protected void configure() {
    bind(KitSettings.class).toInstance(settings);
    ModalityKitBinder.kitBinder(binder()).bind(TextKit.class).bind(CategoryKit.class).bind(BoxKit.class)
        .bind(StructKit.class).bind(PhoneKit.class).bind(ImageKit.class).bind(VideoKit.class)
        .bind(AudioKit.class).bind(MotionKit.class);
    bind(KitRegistry.class).in(Scopes.SINGLETON);
  }
}
