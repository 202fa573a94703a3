package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.ModalityDescriptor;
import java.util.List;

/** The nine built-in descriptors, for use without Guice (tests, notebooks). */
public final class BuiltInModalities {

  private BuiltInModalities() {}

  /** Fresh instances of the built-in descriptors, in documentation order. */
  public static List<ModalityDescriptor> all() {
    return List.of(new TextDescriptor(), new ImageDescriptor(), new BoxDescriptor(),
        new AudioDescriptor(), new VideoDescriptor(), new MotionDescriptor(),
        new StructDescriptor(), new PhoneDescriptor(), new CategoryDescriptor());
  }

  /** The built-in descriptor classes, in the same order (bound by {@code PlannerModule}). */
  public static List<Class<? extends ModalityDescriptor>> classes() {
    return List.of(TextDescriptor.class, ImageDescriptor.class, BoxDescriptor.class,
        AudioDescriptor.class, VideoDescriptor.class, MotionDescriptor.class,
        StructDescriptor.class, PhoneDescriptor.class, CategoryDescriptor.class);
  }
}
