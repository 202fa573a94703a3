package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.RecordFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A named dataset format of the catalog ({@code coco_karpathy_json}, {@code glue_sst2_tsv}, ...).
 *
 * @param name the catalog's format name
 * @param description the files it reads and the options it takes
 * @param slots the slot names its examples carry
 * @param factory builds the reader from the dataset's location
 */
public record FormatEntry(String name, String description, List<String> slots,
    Function<FormatOptions, RecordFormat> factory) {

  public FormatEntry {
    requireNonNull(name, "name is null");
    requireNonNull(description, "description is null");
    slots = List.copyOf(requireNonNull(slots, "slots is null"));
    requireNonNull(factory, "factory is null");
  }

  /** The reader for a dataset at {@code options}. */
  public RecordFormat create(FormatOptions options) {
    return factory.apply(requireNonNull(options, "options is null"));
  }
}
