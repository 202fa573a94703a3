package io.ofa4j.preset.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a preset file into one resolved {@link YamlNode} tree: follows {@code extends:} (a shipped
 * preset name or a path relative to the file), merges the child over its base (mappings merge
 * key by key, any other value replaces the inherited one), applies {@code --set a.b=v} overrides,
 * then substitutes {@code ${a.b}} references. Every problem is collected with its file:line:col.
 */
public final class PresetResolver {
  /** Classpath folder of the shipped presets. */
  public static final String SHIPPED = "io/ofa4j/preset/presets/";

  private final Problems problems;
  private final Map<String, String> sources = new LinkedHashMap<>();

  /** A resolver reporting into {@code problems}. */
  public PresetResolver(Problems problems) {
    this.problems = Objects.requireNonNull(problems, "problems is null");
  }

  /**
   * Resolves a preset given by shipped name or file path, with overrides ({@code key.path=value}).
   * Returns {@code null} when the file could not be read or parsed (problems say why).
   */
  public YamlNode resolve(String nameOrPath, List<String> overrides) {
    YamlNode root = load(nameOrPath, null, new ArrayList<>());
    if (root == null) {
      return null;
    }
    for (int i = 0; i < overrides.size(); i++) {
      root = Overrides.apply(root, overrides.get(i), i + 1, problems);
    }
    return References.substitute(root, problems);
  }

  /** The text of every file read, by the name used in locations (for caret rendering). */
  public Map<String, String> sources() {
    return sources;
  }

  private YamlNode load(String ref, Path relativeTo, List<String> chain) {
    Source src = read(ref, relativeTo);
    if (src == null) {
      return null;
    }
    if (chain.contains(src.name())) {
      problems.add(new Location(src.name(), 1, 1),
          "preset inheritance cycle: " + String.join(" -> ", chain) + " -> " + src.name(), null);
      return null;
    }
    chain.add(src.name());
    sources.put(src.name(), src.text());
    YamlNode node = YamlTreeReader.read(src.name(), src.text(), problems);
    if (!(node instanceof YamlNode.MapNode map)) {
      if (node != null) {
        problems.add(node.location(), "a preset must be a mapping, found " + YamlNode.describe(node), null);
      }
      return null;
    }
    YamlNode parent = map.get("extends");
    if (parent == null) {
      return map;
    }
    Map<String, YamlNode.Entry> own = new LinkedHashMap<>(map.entries());
    own.remove("extends");
    YamlNode.MapNode child = new YamlNode.MapNode(own, map.location());
    if (!(parent instanceof YamlNode.Scalar s) || s.isNull()) {
      problems.add(parent.location(), "'extends' expects a preset name or path, found "
          + YamlNode.describe(parent), null);
      return child;
    }
    YamlNode base = load(s.text(), src.path() == null ? null : src.path().getParent(), chain);
    if (base == null) {
      if (read(s.text(), src.path() == null ? null : src.path().getParent()) == null) {
        problems.add(s.location(), "'extends' names an unknown preset '" + s.text() + "'",
            "give a shipped preset name (see 'ofa4j presets') or a path to a .yaml file");
      }
      return child;
    }
    return Merge.over(base, child);
  }

  private record Source(String name, String text, Path path) {}

  private Source read(String ref, Path relativeTo) {
    Path p = relativeTo == null ? Path.of(ref) : relativeTo.resolve(ref);
    try {
      if (Files.isRegularFile(p)) {
        return new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8), p);
      }
      if (Files.isRegularFile(Path.of(ref))) {
        return new Source(ref, Files.readString(Path.of(ref), StandardCharsets.UTF_8), Path.of(ref));
      }
    } catch (IOException e) {
      problems.add(new Location(ref, 1, 1), "cannot read preset: " + e.getMessage(), null);
      return null;
    }
    String name = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
    try (InputStream in = PresetResolver.class.getClassLoader()
        .getResourceAsStream(SHIPPED + name + ".yaml")) {
      if (in == null) {
        return null;
      }
      return new Source("presets/" + name + ".yaml",
          new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      problems.add(new Location(ref, 1, 1), "cannot read shipped preset: " + e.getMessage(), null);
      return null;
    }
  }
}
