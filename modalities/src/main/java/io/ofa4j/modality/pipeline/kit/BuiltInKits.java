package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.modality.pipeline.adapter.VisionAdapter;
import java.util.List;

/** The built-in kits as a plain-Java list (no Guice needed); IMAGE and VIDEO share one tower. */
public final class BuiltInKits {
  private BuiltInKits() {}

  /** TEXT, CATEGORY, BOX, STRUCT, PHONE, IMAGE, VIDEO, AUDIO, MOTION. */
  public static List<ModalityKit> create(KitSettings settings) {
    VisionAdapter tower = new VisionAdapter(settings.vision(), settings.visionPositionCode());
    return List.of(new TextKit(), new CategoryKit(), new BoxKit(), new StructKit(), new PhoneKit(settings),
        new ImageKit(tower), new VideoKit(tower), new AudioKit(settings), new MotionKit(settings));
  }

  /** A registry of {@link #create}. */
  public static KitRegistry registry(KitSettings settings) {
    return KitRegistry.of(create(settings));
  }
}
