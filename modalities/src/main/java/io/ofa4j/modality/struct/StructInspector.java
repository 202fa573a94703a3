package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j preprocess} for STRUCT: reads a JSON table, triple list or Spider schema (see
 * {@link StructReader}) and shows its linearisation and length. Attributes {@code max_length}
 * (default 0 = none), {@code length_unit} ({@code words} default, or {@code chars}),
 * {@code uncased} (default true). There is no feature array (shape {@code [0]}).
 */
public final class StructInspector implements PreprocessInspector {
  private static final Set<String> ATTRIBUTES = Set.of("max_length", "length_unit", "uncased");

  /** Creates the inspector. */
  public StructInspector() {}

  @Override
  public String modality() {
    return "STRUCT";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    requireNonNull(file, "file is null");
    requireNonNull(attributes, "attributes is null");
    for (String k : attributes.keySet()) {
      if (!ATTRIBUTES.contains(k)) {
        throw new IllegalArgumentException("unknown STRUCT attribute '" + k + "'; known: " + ATTRIBUTES);
      }
    }
    StructOptions options = options(attributes);
    JsonNode json;
    try {
      json = JsonMapper.builder().build().readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": invalid JSON: " + e.getOriginalMessage(), e);
    }
    StructLinearizer lin = new StructLinearizer(options);
    String kind;
    String text;
    int items;
    try {
      kind = StructReader.kind(json);
      switch (kind) {
        case "table" -> {
          Table t = StructReader.table(json);
          text = lin.table(t);
          items = t.rows().size();
        }
        case "triples" -> {
          List<Triple> triples = StructReader.triples(json);
          text = lin.triples(triples);
          items = triples.size();
        }
        default -> {
          DatabaseSchema db = StructReader.database(json);
          text = lin.database(db);
          items = db.tables().size();
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file.toString());
    s.put("kind", kind);
    s.put("items", items);
    s.put("linearized", text);
    s.put("length_chars", text.length());
    s.put("length_words", new StructOptions(0, StructOptions.LengthUnit.WORDS, false).length(text));
    s.put("max_length", options.maxLength());
    s.put("length_unit", options.unit().name().toLowerCase(Locale.ROOT));
    return new Inspection(s, new float[0], new long[] {0});
  }

  private static StructOptions options(Map<String, String> a) {
    int max;
    try {
      max = Integer.parseInt(a.getOrDefault("max_length", "0").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("STRUCT attribute max_length: not an integer: '" + a.get("max_length") + "'", e);
    }
    String unit = a.getOrDefault("length_unit", "words").strip().toLowerCase(Locale.ROOT);
    StructOptions.LengthUnit u = switch (unit) {
      case "words", "tokens" -> StructOptions.LengthUnit.WORDS;
      case "chars" -> StructOptions.LengthUnit.CHARS;
      default -> throw new IllegalArgumentException("STRUCT attribute length_unit: expected words or chars, found '" + unit + "'");
    };
    String unc = a.getOrDefault("uncased", "true").strip().toLowerCase(Locale.ROOT);
    boolean uncased = switch (unc) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("STRUCT attribute uncased: expected true or false, found '" + unc + "'");
    };
    return new StructOptions(max, u, uncased);
  }
}
