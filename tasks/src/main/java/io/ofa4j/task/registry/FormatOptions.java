package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a real dataset lives, for the formats that need more than the record file: {@code root}
 * is the dataset folder, and {@code options} override the conventional file names below it
 * (relative paths resolve against {@code root}).
 *
 * @param root the dataset folder
 * @param options e.g. {@code image_dir=val2014}, {@code splits=train,restval}
 */
public record FormatOptions(Path root, Map<String, String> options) {

  public FormatOptions {
    requireNonNull(root, "root is null");
    options = Map.copyOf(requireNonNull(options, "options is null"));
  }

  /** Options rooted at {@code root}, all defaults. */
  public static FormatOptions at(Path root) {
    return new FormatOptions(root, Map.of());
  }

  /** Option {@code key} as a path under the root, {@code fallback} when absent. */
  public Path path(String key, String fallback) {
    return root.resolve(options.getOrDefault(key, fallback));
  }

  /** Option {@code key} as text. */
  public String text(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  /** Option {@code key} as a comma-separated set; empty when absent. */
  public Set<String> set(String key) {
    String v = options.get(key);
    Set<String> out = new TreeSet<>();
    if (v != null) {
      Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
