package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.PresetResolver;
import io.ofa4j.preset.config.Problems;
import io.ofa4j.preset.config.RecordBinder;
import io.ofa4j.preset.config.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * Loads a preset by shipped name or path: inheritance, overrides, references, binding and
 * validation, reporting every problem at once as a {@link io.ofa4j.preset.config.PresetException}.
 */
public final class PresetLoader {
  private PresetLoader() {}

  /** A loaded preset with the text of every file read (for rendering carets into the YAML). */
  public record Loaded(Preset preset, Map<String, String> sources) {}

  /** Loads {@code nameOrPath} with {@code --set} overrides. */
  public static Loaded load(String nameOrPath, List<String> overrides) {
    Problems problems = new Problems();
    PresetResolver resolver = new PresetResolver(problems);
    YamlNode root = resolver.resolve(nameOrPath, overrides);
    if (root == null && problems.isEmpty()) {
      problems.add(new io.ofa4j.preset.config.Location(nameOrPath, 1, 1),
          "no preset named '" + nameOrPath + "' and no such file", "see 'ofa4j presets'");
    }
    Preset preset = root == null ? null : new RecordBinder(problems).bind(root, Preset.class, "");
    problems.throwIfAny();
    return new Loaded(preset, Map.copyOf(resolver.sources()));
  }
}
