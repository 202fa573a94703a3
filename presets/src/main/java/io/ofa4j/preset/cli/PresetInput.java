package io.ofa4j.preset.cli;

import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.recipe.PresetLoader;
import java.util.List;

/** Loads a preset for a command, turning its problems into the rendered carets and exit code 2. */
final class PresetInput {
  private PresetInput() {}

  static PresetLoader.Loaded load(PresetLoader loader, String nameOrPath, List<String> overrides) {
    try {
      return loader.load(nameOrPath, overrides);
    } catch (PresetException e) {
      throw new CliException(e.render() + e.problems().size() + " problem(s) in preset " + nameOrPath);
    }
  }
}
