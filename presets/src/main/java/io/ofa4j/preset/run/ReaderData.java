package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.recipe.DataSection;
import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.DatasetReader;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.OnMalformed;
import io.ofa4j.task.data.ReaderOptions;
import io.ofa4j.task.data.RecordFormat;
import io.ofa4j.task.data.Shards;
import io.ofa4j.task.registry.FormatEntry;
import io.ofa4j.task.registry.FormatOptions;
import io.ofa4j.task.registry.MappedFormat;
import io.ofa4j.task.registry.ReaderRegistry;
import io.ofa4j.task.registry.TaskMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A task's examples read from real files through the task module's readers: the format from the
 * registry, its slots renamed to the instruction's (the catalog's mapping, or {@code data.columns}
 * with the catalog's label value maps), malformed records failing with file:line or skipped and
 * counted. Training examples come from {@code data.path} (at most {@code data.train}, 0 = all),
 * validation examples from {@code data.validation_path} or else the last {@code data.validation}
 * records of {@code data.path}, which training then does not see.
 *
 * @param train training examples, in file order
 * @param validation validation examples, in file order
 * @param skipped malformed records skipped (both splits)
 * @param note a one-line account for the evaluation table
 */
record ReaderData(List<Example> train, List<Example> validation, long skipped, String note) {
  ReaderData {
    train = List.copyOf(requireNonNull(train, "train is null"));
    validation = List.copyOf(requireNonNull(validation, "validation is null"));
    requireNonNull(note, "note is null");
  }

  /**
   * Reads the data of task {@code task}, whose instruction has slots {@code slots}; {@code
   * catalogName} is the catalog task whose mapping of the format applies (its renames when
   * {@code data.columns} is empty, its label value maps always).
   */
  static ReaderData read(ReaderRegistry readers, String task, String catalogName, DataSection data,
      List<String> slots) {
    String where = "task '" + task + "'";
    FormatEntry format;
    try {
      format = readers.format(data.source());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": data.source: " + e.getMessage() + "; reader formats: "
          + readers.formatNames(), e);
    }
    if (data.path() == null || data.path().isBlank()) {
      throw new IllegalArgumentException(where + ": format '" + format.name() + "' needs data.path ("
          + format.description() + ")");
    }
    TaskMapping mapping = mapping(readers, where, catalogName, format, data);
    OnMalformed policy = data.onMalformed().equals("skip") ? OnMalformed.SKIP : OnMalformed.FAIL;
    Read train = read(where, "data.path", data.path(), format, mapping, data.options(), policy);
    List<Example> trainEx = train.examples();
    List<Example> valEx;
    long skipped = train.skipped();
    String valFrom;
    if (data.validationPath() != null) {
      Read val = read(where, "data.validation_path", data.validationPath(), format, mapping, data.options(), policy);
      valEx = cap(val.examples(), data.validation());
      skipped += val.skipped();
      valFrom = " + " + valEx.size() + " validation from " + val.files();
    } else {
      int hold = data.validation();
      if (hold > 0 && trainEx.size() <= hold) {
        throw new IllegalArgumentException(where + ": " + train.files() + " holds " + trainEx.size()
            + " examples, too few to hold out data.validation = " + hold + " and still train; give"
            + " data.validation_path or a smaller data.validation");
      }
      valEx = trainEx.subList(trainEx.size() - hold, trainEx.size());
      trainEx = trainEx.subList(0, trainEx.size() - hold);
      valFrom = " + " + valEx.size() + " validation held out from its end";
    }
    trainEx = cap(trainEx, data.train());
    if (trainEx.isEmpty()) {
      throw new IllegalArgumentException(where + ": " + train.files() + " gave no training example");
    }
    checkSlots(where, trainEx, slots, format, mapping);
    checkSlots(where, valEx, slots, format, mapping);
    String note = String.format(Locale.ROOT, "%s: %s %s: %d train%s; %d malformed record%s skipped", task,
        format.name(), train.files(), trainEx.size(), valFrom, skipped, skipped == 1 ? "" : "s");
    return new ReaderData(trainEx, valEx, skipped, note);
  }

  /** The catalog's mapping of the format onto the task, or {@code columns} keeping its value maps. */
  private static TaskMapping mapping(ReaderRegistry readers, String where, String catalogName, FormatEntry format,
      DataSection data) {
    Optional<TaskMapping> builtIn = readers.mapping(catalogName, format.name());
    if (data.columns().isEmpty()) {
      return builtIn.orElseThrow(() -> new IllegalArgumentException(where + ": no built-in slot mapping for"
          + " format '" + format.name() + "'; map its slots " + format.slots() + " with data.columns"));
    }
    for (String column : data.columns().keySet()) {
      if (!format.slots().contains(column)) {
        throw new IllegalArgumentException(where + ": data.columns names slot '" + column + "', which format '"
            + format.name() + "' does not have; its slots: " + format.slots());
      }
    }
    // the catalog's value maps are keyed by its slot names: follow each back to its format slot,
    // then forward through the user's columns (e.g. SST-2's 1/0 -> positive/negative onto 'mood')
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    builtIn.ifPresent(m -> m.renames().forEach((formatSlot, taskSlot) -> {
      Map<String, String> table = m.values().get(taskSlot);
      String renamed = data.columns().get(formatSlot);
      if (table != null && renamed != null) {
        values.put(renamed, table);
      }
    }));
    return new TaskMapping(data.columns(), values, Map.of(), Map.of());
  }

  /** Every example fills every slot of the instruction. */
  private static void checkSlots(String where, List<Example> examples, List<String> slots, FormatEntry format,
      TaskMapping mapping) {
    for (Example e : examples) {
      for (String slot : slots) {
        if (e.slots().get(slot) == null) {
          throw new IllegalArgumentException(where + ": record " + e.origin() + " gives no value for the"
              + " instruction's slot '" + slot + "' (mapped slots " + e.slots().keySet() + " from format '"
              + format.name() + "' slots " + format.slots() + " via " + mapping.renames() + "); fix data.columns");
        }
      }
    }
  }

  private static List<Example> cap(List<Example> examples, int max) {
    return max > 0 && examples.size() > max ? examples.subList(0, max) : examples;
  }

  private record Read(List<Example> examples, long skipped, String files) {}

  /** Reads every record of {@code value} (a file, a folder or a glob) in file order. */
  private static Read read(String where, String key, String value, FormatEntry format, TaskMapping mapping,
      Map<String, String> options, OnMalformed policy) {
    Path path = Path.of(value).toAbsolutePath().normalize();
    Path root;
    List<Path> files;
    int glob = firstGlobChar(value);
    try {
      if (glob >= 0) {
        int slash = value.lastIndexOf('/', glob);
        root = Path.of(slash < 0 ? "." : value.substring(0, Math.max(1, slash))).toAbsolutePath().normalize();
        files = Shards.expand(root, value.substring(slash + 1));
      } else if (Files.isRegularFile(path)) {
        root = path.getParent();
        files = List.of(path);
      } else if (Files.isDirectory(path)) {
        root = path; // folder formats (class folders, BVH folders) read the folder itself
        files = List.of(path);
      } else {
        throw new IllegalArgumentException(where + ": " + key + " '" + value + "' not found (resolved to " + path
            + ")");
      }
    } catch (DatasetException e) {
      throw new IllegalArgumentException(where + ": " + key + ": " + e.getMessage(), e);
    }
    RecordFormat reader = new MappedFormat(format.create(new FormatOptions(root, options)), mapping);
    List<Example> out = new ArrayList<>();
    try (DatasetReader r = new DatasetReader(files, reader, ReaderOptions.sequential().with(policy))) {
      while (r.hasNext()) {
        out.add(r.next());
      }
      String shown = files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
      return new Read(out, r.malformedCount(), shown);
    } catch (DatasetException e) {
      throw new IllegalArgumentException(where + ": " + key + " '" + value + "': " + e.getMessage(), e);
    }
  }

  private static int firstGlobChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
