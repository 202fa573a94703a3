package io.ofa4j.preset.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Deep merge of preset trees: the child's values win; mappings merge key by key. */
final class Merge {
  private Merge() {}

  /** {@code child} laid over {@code base}. */
  static YamlNode over(YamlNode base, YamlNode child) {
    if (base instanceof YamlNode.MapNode b && child instanceof YamlNode.MapNode c) {
      Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(b.entries());
      for (YamlNode.Entry e : c.entries().values()) {
        YamlNode.Entry inherited = merged.get(e.key());
        YamlNode value = inherited == null ? e.value() : over(inherited.value(), e.value());
        merged.put(e.key(), new YamlNode.Entry(e.key(), e.keyLocation(), value));
      }
      return new YamlNode.MapNode(merged, c.location());
    }
    return child;
  }
}
