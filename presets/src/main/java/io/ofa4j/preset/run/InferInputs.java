package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.plan.SlotPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks and converts the {@code slot=value} inputs of an inference request against a task's
 * input slots: every slot given, none unknown, media files present (IMAGE, VIDEO, AUDIO, MOTION
 * values are paths), BOX values as {@code x0,y0,x1,y1}. Messages name the slot and the value.
 */
public final class InferInputs {
  private static final Set<String> FILE_MODALITIES = Set.of("IMAGE", "VIDEO", "AUDIO", "MOTION");

  private InferInputs() {}

  /** The example of {@code inputs} for {@code task}. */
  public static RawExample example(TaskData task, Map<String, String> inputs) {
    requireNonNull(task, "task is null");
    requireNonNull(inputs, "inputs is null");
    List<String> needed = task.inputSlots();
    for (String given : inputs.keySet()) {
      if (!needed.contains(given)) {
        throw new IllegalArgumentException("task '" + task.name() + "' has no input slot '" + given
            + "'; its input slots: " + needed);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (SlotPlan s : task.plan().slots()) {
      if (s.generated() || values.containsKey(s.name())) {
        continue;
      }
      String v = inputs.get(s.name());
      if (v == null) {
        throw new IllegalArgumentException("missing input for slot '" + s.name() + "' (" + s.modality()
            + ") of task '" + task.name() + "'; give --input " + s.name() + "=" + hint(s.modality()));
      }
      values.put(s.name(), value(s, v));
    }
    return new RawExample(values, "input");
  }

  private static Object value(SlotPlan s, String v) {
    if (FILE_MODALITIES.contains(s.modality())) {
      Path p = Path.of(v);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("slot '" + s.name() + "' (" + s.modality() + "): file not found: " + v);
      }
      return p;
    }
    if (s.modality().equals("BOX")) {
      String[] parts = v.split(",");
      if (parts.length != 4) {
        throw new IllegalArgumentException("slot '" + s.name() + "' (BOX): expected x0,y0,x1,y1, found '" + v + "'");
      }
      double[] box = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          box[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("slot '" + s.name() + "' (BOX): '" + parts[i].strip()
              + "' is not a number in '" + v + "'");
        }
      }
      return box;
    }
    if (s.modality().equals("STRUCT") && v.contains("|")) {
      // "s | p | o ; s | p | o": triples, linearised by the STRUCT kit as in training
      List<String> triples = List.of(v.split(";")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
      if (triples.stream().allMatch(t -> t.split("\\|", -1).length == 3)) {
        return RawValues.triples(triples);
      }
    }
    return v;
  }

  private static String hint(String modality) {
    return FILE_MODALITIES.contains(modality) ? "PATH" : modality.equals("BOX") ? "x0,y0,x1,y1" : "TEXT";
  }
}
