package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a study produced.
 *
 * @param table the comparison
 * @param generalistRun the generalist's run directory
 * @param specialistRuns task -> its specialist's run directory
 * @param generalistSeconds the generalist's wall time (data, model, training, evaluation)
 * @param specialistsSeconds all specialists' wall time together
 */
public record StudyResult(StudyTable table, Path generalistRun, Map<String, Path> specialistRuns,
    double generalistSeconds, double specialistsSeconds) {
  public StudyResult {
    requireNonNull(table, "table is null");
    requireNonNull(generalistRun, "generalistRun is null");
    // a LinkedHashMap copy keeps the task order (Map.copyOf would not)
    specialistRuns = Collections.unmodifiableMap(new LinkedHashMap<>(
        requireNonNull(specialistRuns, "specialistRuns is null")));;
  }
}
