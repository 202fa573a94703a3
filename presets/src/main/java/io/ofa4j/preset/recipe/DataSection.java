package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.Nullable;
import java.util.Map;

/**
 * Where a task's examples come from.
 *
 * <p>Reader data ({@code source} a format name such as {@code glue_sst2_tsv}): the training
 * examples are read from {@code path}, the validation examples from {@code validation_path}
 * (OFASys presets' {@code train_data} / {@code valid_data}) or, without one, held out from the
 * end of {@code path}'s records. Media paths in the records resolve against the data file's
 * folder; {@code options} name the format's other files relative to it (e.g. RefCOCO's
 * {@code instances}, {@code image_dir}, {@code splits}).
 *
 * @param source {@code synthetic} (the task's generator), {@code synthetic:GENERATOR} or a reader
 *     format name
 * @param path files for a reader (a file, a folder or a glob), or {@code null} for synthetic data
 * @param validationPath the reader's validation files, or {@code null} to hold out from {@code path}
 * @param train examples in the training split (synthetic) or a cap (readers; 0 = all)
 * @param validation examples held out for evaluation (readers: a cap; 0 = none)
 * @param columns data column -> slot name mapping (OFASys {@code selected_cols}); empty = the
 *     catalog's mapping of the format onto the task
 * @param options format options (file names relative to the data file's folder)
 * @param onMalformed {@code fail} or {@code skip} (skipped records are counted)
 */
public record DataSection(
    String source,
    @Nullable String path,
    @Nullable String validationPath,
    int train,
    int validation,
    Map<String, String> columns,
    Map<String, String> options,
    String onMalformed) {

  public DataSection {
    columns = Map.copyOf(columns);
    options = Map.copyOf(options);
    if (train < 0 || validation < 0) {
      throw new IllegalArgumentException("data.train and data.validation must be >= 0, found "
          + train + " and " + validation);
    }
    if (!onMalformed.equals("fail") && !onMalformed.equals("skip")) {
      throw new IllegalArgumentException("data.on_malformed must be 'fail' or 'skip', found '"
          + onMalformed + "'");
    }
  }

  /** A section without a validation path or format options. */
  public DataSection(String source, String path, int train, int validation, Map<String, String> columns,
      String onMalformed) {
    this(source, path, null, train, validation, columns, Map.of(), onMalformed);
  }

  /** Synthetic data, 2000 training and 100 validation examples. */
  public static DataSection defaults() {
    return new DataSection("synthetic", null, 2000, 100, Map.of(), "fail");
  }

  /** Whether the examples come from a synthetic generator rather than a reader. */
  public boolean synthetic() {
    return source.equals("synthetic") || source.startsWith("synthetic:");
  }
}
