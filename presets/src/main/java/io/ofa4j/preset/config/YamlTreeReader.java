package io.ofa4j.preset.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML text into a {@link YamlNode} tree that remembers file:line:column of every value. */
public final class YamlTreeReader {
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  private YamlTreeReader() {}

  /**
   * Parses one YAML document.
   *
   * @param fileName name used in locations
   * @param text the YAML source
   * @param problems receives duplicate-key and syntax problems
   * @return the root node, or {@code null} when the text is not valid YAML
   */
  public static YamlNode read(String fileName, String text, Problems problems) {
    try (JsonParser p = MAPPER.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new YamlNode.MapNode(Map.of(), new Location(fileName, 1, 1));
      }
      return readValue(p, fileName, problems);
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      int line = l == null || l.getLineNr() <= 0 ? 1 : l.getLineNr();
      int col = l == null || l.getColumnNr() <= 0 ? 1 : l.getColumnNr();
      problems.add(new Location(fileName, line, col), "invalid YAML: " + e.getOriginalMessage(), null);
      return null;
    }
  }

  private static YamlNode readValue(JsonParser p, String file, Problems problems) {
    Location here = location(p, file);
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          Location keyLoc = location(p, file);
          p.nextToken();
          YamlNode value = readValue(p, file, problems);
          YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyLoc, value));
          if (previous != null) {
            problems.add(keyLoc, "duplicate key '" + key + "'",
                "first defined at " + previous.keyLocation());
          }
        }
        return new YamlNode.MapNode(entries, here);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, file, problems));
        }
        return new YamlNode.ListNode(items, here);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar(null, false, here);
      }
      case VALUE_STRING -> {
        return new YamlNode.Scalar(p.getString(), true, here);
      }
      default -> {
        return new YamlNode.Scalar(p.getText(), false, here);
      }
    }
  }

  private static Location location(JsonParser p, String file) {
    TokenStreamLocation l = p.currentTokenLocation();
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
