package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typed prediction of {@code ofa4j infer}.
 *
 * @param task task name ({@code instruction} for an ad-hoc instruction)
 * @param slot the generated slot
 * @param modality its modality
 * @param value the typed value (text, label, {@code BoundingBox} in pixels, detections)
 * @param raw the generated tokens as text
 * @param label whether the value is a label of a closed set
 */
public record InferResult(String task, String slot, String modality, Object value, String raw, boolean label) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public InferResult {
    requireNonNull(task, "task is null");
    requireNonNull(slot, "slot is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(value, "value is null");
    requireNonNull(raw, "raw is null");
  }

  /** The JSON object {@code ofa4j infer} prints. */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task", task);
    m.put("slot", slot);
    m.put("modality", modality);
    m.putAll(PredictionValues.json(value, label));
    return m;
  }

  /** {@link #json()} as pretty-printed JSON text. */
  public String toJson() {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json());
  }

  /** {@link #json()} on one line. */
  public String toJsonLine() {
    return MAPPER.writeValueAsString(json());
  }

  @Override
  public String toString() {
    return task + " -> " + slot + " (" + modality + "): " + PredictionValues.display(value);
  }
}
