package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one format's slots feed one task's instruction slots: renames ({@code format slot -> task
 * slot}), label value maps ({@code 1 -> yes}), and slots the format cannot fill (documented, e.g.
 * negatives that must be sampled). Slots of the format that are not renamed are dropped.
 *
 * @param renames format slot -> task slot
 * @param values task slot -> (raw value -> task value); raw values not listed are kept
 * @param missing task slots this format does not provide, with the reason
 * @param templates task slot -> text with {@code {format slot}} placeholders (NI's
 *     {@code "Definition: {definition} Input: {input}"})
 */
public record TaskMapping(Map<String, String> renames, Map<String, Map<String, String>> values,
    Map<String, String> missing, Map<String, String> templates) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)}");

  public TaskMapping {
    renames = Map.copyOf(requireNonNull(renames, "renames is null"));
    values = Map.copyOf(requireNonNull(values, "values is null"));
    missing = Map.copyOf(requireNonNull(missing, "missing is null"));
    templates = Map.copyOf(requireNonNull(templates, "templates is null"));
  }

  /** Renames only. */
  public static TaskMapping of(String... formatThenTask) {
    Map<String, String> r = new LinkedHashMap<>();
    for (int i = 0; i < formatThenTask.length; i += 2) {
      r.put(formatThenTask[i], formatThenTask[i + 1]);
    }
    return new TaskMapping(r, Map.of(), Map.of(), Map.of());
  }

  /** This mapping with the values of task slot {@code slot} translated by {@code map}. */
  public TaskMapping withValues(String slot, Map<String, String> map) {
    Map<String, Map<String, String>> v = new LinkedHashMap<>(values);
    v.put(slot, map);
    return new TaskMapping(renames, v, missing, templates);
  }

  /** This mapping noting that task slot {@code slot} is not provided, and why. */
  public TaskMapping withMissing(String slot, String reason) {
    Map<String, String> m = new LinkedHashMap<>(missing);
    m.put(slot, reason);
    return new TaskMapping(renames, values, m, templates);
  }

  /** This mapping filling task slot {@code slot} from a template over format slots. */
  public TaskMapping withTemplate(String slot, String template) {
    Map<String, String> t = new LinkedHashMap<>(templates);
    t.put(slot, template);
    return new TaskMapping(renames, values, missing, t);
  }

  /** The task slots this mapping fills. */
  public Set<String> taskSlots() {
    Set<String> out = new TreeSet<>(renames.values());
    out.addAll(templates.keySet());
    return out;
  }

  /** Applies the mapping to one example of the format. */
  public Example apply(Example e) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> r : renames.entrySet()) {
      Object v = e.get(r.getKey());
      Map<String, String> table = values.get(r.getValue());
      if (table != null && v instanceof String s) {
        v = table.getOrDefault(s, s);
      }
      out.put(r.getValue(), v instanceof List<?> l ? List.copyOf(l) : v);
    }
    for (Map.Entry<String, String> t : templates.entrySet()) {
      Matcher m = PLACEHOLDER.matcher(t.getValue());
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(e.text(m.group(1))));
      }
      m.appendTail(sb);
      out.put(t.getKey(), sb.toString());
    }
    return new Example(out, e.origin());
  }
}
