package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.task.data.RecordFormat;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dataset format name (the catalog's {@code formats}) to its reader, and (task, format) to the
 * mapping of the format's slots onto the task's instruction slots: {@link #open} gives a
 * {@link RecordFormat} whose examples carry the task's slot names, ready for a
 * {@link io.ofa4j.task.data.DatasetReader}.
 */
public final class ReaderRegistry {
  private final Map<String, FormatEntry> formats;
  private final Map<String, Map<String, TaskMapping>> mappings;

  /** A registry of the given formats and (task -> format -> mapping) table. */
  public ReaderRegistry(List<FormatEntry> formats, Map<String, Map<String, TaskMapping>> mappings) {
    Map<String, FormatEntry> f = new TreeMap<>();
    for (FormatEntry e : requireNonNull(formats, "formats is null")) {
      if (f.put(e.name(), e) != null) {
        throw new IllegalArgumentException("format '" + e.name() + "' is registered twice");
      }
    }
    this.formats = Collections.unmodifiableMap(f);
    this.mappings = Map.copyOf(requireNonNull(mappings, "mappings is null"));
    this.mappings.forEach((task, byFormat) -> byFormat.keySet().forEach(name -> {
      if (!f.containsKey(name)) {
        throw new IllegalArgumentException("task '" + task + "' maps unknown format '" + name + "'");
      }
    }));
  }

  /** The formats and mappings of the shipped catalog. */
  public static ReaderRegistry builtIn() {
    return new ReaderRegistry(BuiltinFormats.all(), BuiltinTaskMappings.all());
  }

  /** Format names, sorted. */
  public List<String> formatNames() {
    return List.copyOf(formats.keySet());
  }

  /** The format named {@code name}, failing with a guess. */
  public FormatEntry format(String name) {
    FormatEntry e = formats.get(name);
    if (e == null) {
      String guess = Suggestions.didYouMean(name, formats.keySet()).map(s -> "; " + s).orElse("");
      throw new IllegalArgumentException("unknown dataset format '" + name + "'" + guess);
    }
    return e;
  }

  /** The mapping of {@code format} onto {@code task}'s slots, if the pair is registered. */
  public Optional<TaskMapping> mapping(String task, String format) {
    return Optional.ofNullable(mappings.getOrDefault(task, Map.of()).get(format));
  }

  /** The reader of {@code format} for {@code task}, its examples renamed to the task's slots. */
  public RecordFormat open(String task, String format, FormatOptions options) {
    FormatEntry entry = format(format);
    TaskMapping mapping = mapping(task, format).orElseThrow(() -> new IllegalArgumentException(
        "task '" + task + "' has no slot mapping for format '" + format + "'"));
    return new MappedFormat(entry.create(options), mapping);
  }
}
