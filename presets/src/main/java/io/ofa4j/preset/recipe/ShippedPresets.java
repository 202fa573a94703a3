package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.PresetResolver;
import io.ofa4j.task.catalog.ResourceFolder;
import java.util.List;

/** The presets shipped in the jar ({@code io/ofa4j/preset/presets/*.yaml}), by name. */
public final class ShippedPresets {
  private ShippedPresets() {}

  /** Names of the shipped presets, sorted ({@code base} is a parent, not a recipe). */
  public static List<String> names() {
    return ResourceFolder.list(PresetResolver.SHIPPED, ".yaml").keySet().stream()
        .map(p -> p.substring(PresetResolver.SHIPPED.length(), p.length() - ".yaml".length()))
        .toList();
  }
}
