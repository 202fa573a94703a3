package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.Nullable;
import java.util.Map;

/**
 * Where a task's examples come from.
 *
 * @param source {@code synthetic} (the task's generator) or a reader format name
 * @param path files for a reader (a file, a folder or a glob), or {@code null} for synthetic data
 * @param train examples in the training split (synthetic) or a cap (readers; 0 = all)
 * @param validation examples held out for evaluation
 * @param columns data column -> slot name mapping (OFASys {@code selected_cols})
 * @param onMalformed {@code fail} or {@code skip} (skipped records are counted)
 */
public record DataSection(
    String source,
    @Nullable String path,
    int train,
    int validation,
    Map<String, String> columns,
    String onMalformed) {

  public DataSection {
    columns = Map.copyOf(columns);
    if (train < 0 || validation < 0) {
      throw new IllegalArgumentException("data.train and data.validation must be >= 0, found "
          + train + " and " + validation);
    }
    if (!onMalformed.equals("fail") && !onMalformed.equals("skip")) {
      throw new IllegalArgumentException("data.on_malformed must be 'fail' or 'skip', found '"
          + onMalformed + "'");
    }
  }

  /** Synthetic data, 2000 training and 100 validation examples. */
  public static DataSection defaults() {
    return new DataSection("synthetic", null, 2000, 100, Map.of(), "fail");
  }
}
