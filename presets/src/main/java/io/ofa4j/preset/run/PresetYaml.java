package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.config.Located;
import io.ofa4j.preset.recipe.Preset;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a bound {@link Preset} back as YAML with the loader's snake_case keys and no
 * {@code extends}, so the resolved preset a checkpoint carries loads again with {@code
 * PresetLoader.load(path, List.of())} to the same values.
 */
public final class PresetYaml {
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  private PresetYaml() {}

  /** The YAML text of {@code preset}. */
  public static String write(Preset preset) {
    requireNonNull(preset, "preset is null");
    return "# resolved preset written by ofa4j (inheritance and overrides applied)\n"
        + MAPPER.writeValueAsString(tree(preset)).replaceFirst("^---\\s*\n", "");
  }

  /** A record as an ordered map of snake_case keys; lists, enums, paths and located scalars as plain values. */
  static Object tree(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Located l) {
      return l.value();
    }
    if (value instanceof Path p) {
      return p.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(tree(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
      return out;
    }
    if (value.getClass().isRecord()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          out.put(snake(c.getName()), tree(c.getAccessor().invoke(value)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass(), e);
        }
      }
      return out;
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " into a preset");
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
