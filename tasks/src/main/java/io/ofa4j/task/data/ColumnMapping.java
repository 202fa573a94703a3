package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column feeds which slot, parsed from OFASys's {@code selected_cols} spelling.
 *
 * <ul>
 *   <li>{@code "0,2,3"}: positional; the i-th listed column feeds the i-th slot of the instruction;
 *   <li>{@code "img:0,cap:2"} or {@code "premise:sentence1"}: explicit {@code slot:column}, where the
 *       column is an index or a header name.
 * </ul>
 *
 * @param columns slot name to column reference (a decimal index or a header name), in order
 */
public record ColumnMapping(Map<String, String> columns) {

  public ColumnMapping {
    requireNonNull(columns, "columns is null");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("column mapping is empty");
    }
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /**
   * Parses a {@code selected_cols} value.
   *
   * @param spec e.g. {@code "0,2,3"} or {@code "img:0,cap:caption"}
   * @param slotNames the instruction's slots in order, used by the positional form
   */
  public static ColumnMapping parse(String spec, List<String> slotNames) {
    requireNonNull(spec, "spec is null");
    String[] parts = spec.split(",");
    Map<String, String> out = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (String raw : parts) {
      String part = raw.strip();
      if (part.isEmpty()) {
        throw new IllegalArgumentException("selected_cols '" + spec + "' has an empty entry");
      }
      int colon = part.indexOf(':');
      if (colon < 0) {
        positional.add(part);
      } else {
        String slot = part.substring(0, colon).strip();
        String column = part.substring(colon + 1).strip();
        if (slot.isEmpty() || column.isEmpty() || out.put(slot, column) != null) {
          throw new IllegalArgumentException(
              "selected_cols '" + spec + "': bad or repeated entry '" + part + "'");
        }
      }
    }
    if (!positional.isEmpty() && !out.isEmpty()) {
      throw new IllegalArgumentException(
          "selected_cols '" + spec + "' mixes positional and slot:column entries");
    }
    if (!positional.isEmpty()) {
      if (positional.size() != slotNames.size()) {
        throw new IllegalArgumentException("selected_cols '" + spec + "' lists " + positional.size()
            + " columns but the instruction has " + slotNames.size() + " slots " + slotNames);
      }
      for (int i = 0; i < positional.size(); i++) {
        out.put(slotNames.get(i), positional.get(i));
      }
    }
    return new ColumnMapping(out);
  }

  /** Resolves every column reference to an index, using {@code header} for names (may be null). */
  public Map<String, Integer> resolve(List<String> header, String file) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : columns.entrySet()) {
      String ref = e.getValue();
      int index;
      if (ref.chars().allMatch(Character::isDigit)) {
        index = Integer.parseInt(ref);
      } else {
        index = header == null ? -1 : header.indexOf(ref);
        if (index < 0) {
          throw new DatasetException(file + ": slot '" + e.getKey() + "' maps to column '" + ref
              + "', which is not in the header " + (header == null ? "(no header)" : header));
        }
      }
      out.put(e.getKey(), index);
    }
    return out;
  }
}
