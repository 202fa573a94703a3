package io.ofa4j.task.catalog;

import io.ofa4j.instruction.Suggestions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one task spec YAML file; unknown keys are errors naming the key, its line and a guess. */
final class TaskSpecReader {
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private TaskSpecReader() {}

  static TaskSpec read(String file, String yaml) {
    try {
      return MAPPER.readValue(yaml, TaskSpec.class);
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).toList();
      String help = Suggestions.didYouMean(key, known).map(s -> "; " + s).orElse("");
      throw new IllegalArgumentException(file + ":" + lineOf(yaml, key) + ": unknown key '" + key
          + "'" + help, e);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr();
      Throwable root = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String msg = root == e ? e.getOriginalMessage() : root.getMessage();
      throw new IllegalArgumentException(file + where + ": " + msg, e);
    }
  }

  /** {@code line:column} of a top-level key (Jackson reports the token after it). */
  private static String lineOf(String yaml, String key) {
    Matcher m = Pattern.compile("(?m)^(\\s*)" + Pattern.quote(key) + "\\s*:").matcher(yaml);
    if (!m.find()) {
      return "1:1";
    }
    int line = (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    return line + ":" + (m.group(1).length() + 1);
  }
}
