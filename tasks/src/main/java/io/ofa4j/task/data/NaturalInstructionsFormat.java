package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Super-NaturalInstructions v2 task files ({@code tasks/task001_quoref_question_generation.json}):
 * {@code "Definition"} (a list of strings), {@code "Positive Examples"} ({@code [{"input",
 * "output", "explanation"}]}) and {@code "Instances"} ({@code [{"id", "input", "output":
 * [...]}]}), with the definition and examples before the instances as in the released files.
 * Instances are streamed.
 *
 * <p>Slots: {@code definition}, {@code examples} (the positive examples as {@code "Input: ...
 * \nOutput: ..."} blocks), {@code input}, {@code output} (the first reference), {@code outputs}
 * (all), {@code id}.
 */
public record NaturalInstructionsFormat() implements RecordFormat {

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    String[] header = new String[2];
    return new JsonArrayCursor(file, "Instances", recordIndex) {
      @Override
      boolean wantsField(String name) {
        return name.equals("Definition") || name.equals("Positive Examples");
      }

      @Override
      void onField(String name, JsonNode value) {
        if (name.equals("Definition")) {
          List<String> parts = new ArrayList<>();
          value.forEach(v -> parts.add(v.asString()));
          header[0] = value.isArray() ? String.join("\n", parts) : value.asString();
        } else {
          StringBuilder sb = new StringBuilder();
          for (JsonNode ex : value) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append("Input: ").append(ex.path("input").asString(""))
                .append("\nOutput: ").append(ex.path("output").asString(""));
          }
          header[1] = sb.toString();
        }
      }

      @Override
      List<Example> expand(JsonNode instance, String location) {
        if (header[0] == null) {
          throw new DatasetException(file() + ": no 'Definition' before 'Instances'");
        }
        List<String> outputs = JsonValues.texts(instance, "output", location);
        if (outputs.isEmpty()) {
          throw new MalformedRecordException(location, "instance has an empty 'output' list");
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("definition", header[0]);
        slots.put("examples", header[1] == null ? "" : header[1]);
        slots.put("input", JsonValues.text(instance, "input", location));
        slots.put("output", outputs.get(0));
        slots.put("outputs", outputs);
        slots.put("id", instance.path("id").asString(""));
        return List.of(new Example(slots, location));
      }
    };
  }
}
