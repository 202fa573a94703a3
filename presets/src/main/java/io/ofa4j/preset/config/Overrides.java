package io.ofa4j.preset.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line overrides {@code --set trainer.steps=500}: a dotted path (list items by index, e.g.
 * {@code tasks.0.weight=2}) and a YAML scalar value. Missing mappings along the path are created.
 */
final class Overrides {
  private Overrides() {}

  static YamlNode apply(YamlNode root, String override, int index, Problems problems) {
    Location where = new Location("--set", index, 1);
    int eq = override.indexOf('=');
    if (eq <= 0) {
      problems.add(where, "override '" + override + "' must look like key.path=value", null);
      return root;
    }
    String[] path = override.substring(0, eq).trim().split("\\.");
    String raw = override.substring(eq + 1).trim();
    YamlNode value = YamlTreeReader.read("--set", raw.isEmpty() ? "''" : raw, problems);
    if (value == null) {
      return root;
    }
    value = relocate(value, where);
    return set(root, path, 0, value, where, problems);
  }

  private static YamlNode relocate(YamlNode v, Location where) {
    if (v instanceof YamlNode.Scalar s) {
      return new YamlNode.Scalar(s.text(), s.quoted(), where);
    }
    return v;
  }

  private static YamlNode set(YamlNode node, String[] path, int i, YamlNode value, Location where,
      Problems problems) {
    if (i == path.length) {
      return value;
    }
    String key = path[i];
    if (node instanceof YamlNode.ListNode list) {
      int idx;
      try {
        idx = Integer.parseInt(key);
      } catch (NumberFormatException e) {
        problems.add(where, "override path '" + String.join(".", path) + "': '" + key
            + "' indexes a list and must be a number", null);
        return node;
      }
      if (idx < 0 || idx >= list.items().size()) {
        problems.add(where, "override path '" + String.join(".", path) + "': index " + idx
            + " is outside the list of " + list.items().size(), null);
        return node;
      }
      List<YamlNode> items = new ArrayList<>(list.items());
      items.set(idx, set(items.get(idx), path, i + 1, value, where, problems));
      return new YamlNode.ListNode(items, list.location());
    }
    Map<String, YamlNode.Entry> entries = node instanceof YamlNode.MapNode m
        ? new LinkedHashMap<>(m.entries()) : new LinkedHashMap<>();
    YamlNode.Entry old = entries.get(key);
    YamlNode child = old == null ? new YamlNode.MapNode(Map.of(), where) : old.value();
    entries.put(key, new YamlNode.Entry(key, old == null ? where : old.keyLocation(),
        set(child, path, i + 1, value, where, problems)));
    return new YamlNode.MapNode(entries, node.location());
  }
}
