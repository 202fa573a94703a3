package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * VQAv2: the questions file ({@code {"questions": [{"image_id", "question", "question_id"}]}}) read
 * in lockstep with the annotations file ({@code {"annotations": [{"question_id", "answers":
 * [{"answer", "answer_confidence", "answer_id"} x10], "multiple_choice_answer", "answer_type",
 * "question_type"}]}}). The official files list both in the same order; a question whose
 * annotation has another {@code question_id} is a malformed record. Both files are streamed.
 *
 * <p>Slots: {@code image} (Path imageDir/pattern(image_id)), {@code question}, {@code question_id},
 * and with annotations {@code answers} (the ten human answers), {@code answer} (the
 * multiple-choice answer), {@code answer_type}.
 *
 * @param annotations the annotations file, or null for the test split
 * @param imageDir folder of the images
 * @param imagePattern file name pattern with one {@code %d}-style slot for the image id, e.g.
 *     {@code COCO_val2014_%012d.jpg}
 */
public record VqaV2Format(Path annotations, Path imageDir, String imagePattern) implements RecordFormat {

  public VqaV2Format {
    requireNonNull(imageDir, "imageDir is null");
    requireNonNull(imagePattern, "imagePattern is null");
  }

  @Override
  public RecordCursor open(Path questions, long recordIndex, long byteOffset) {
    JsonArrayCursor answers = annotations == null ? null : new JsonArrayCursor(annotations, "annotations", 0) {
      @Override
      List<Example> expand(JsonNode a, String location) {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("question_id", JsonValues.text(a, "question_id", location));
        JsonNode list = a.get("answers");
        if (list == null || !list.isArray() || list.isEmpty()) {
          throw new MalformedRecordException(location, "annotation has no 'answers' array");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode ans : list) {
          texts.add(JsonValues.text(ans, "answer", location));
        }
        slots.put("answers", List.copyOf(texts));
        slots.put("answer", a.path("multiple_choice_answer").asString(""));
        slots.put("answer_type", a.path("answer_type").asString(""));
        return List.of(new Example(slots, location));
      }
    };
    return new JsonArrayCursor(questions, "questions", recordIndex) {
      @Override
      List<Example> expand(JsonNode q, String location) {
        String questionId = JsonValues.text(q, "question_id", location);
        Map<String, Object> slots = new LinkedHashMap<>();
        long imageId = q.path("image_id").asLong(-1);
        if (imageId < 0) {
          throw new MalformedRecordException(location, "missing or bad 'image_id': " + q.get("image_id"));
        }
        slots.put("image", imageDir.resolve(String.format(imagePattern, imageId)));
        slots.put("question", JsonValues.text(q, "question", location));
        slots.put("question_id", questionId);
        if (answers != null) {
          Example a = answers.next();
          if (a == null) {
            throw new MalformedRecordException(location, "no annotation left for question " + questionId);
          }
          if (!a.text("question_id").equals(questionId)) {
            throw new MalformedRecordException(location, "question " + questionId
                + " is paired with annotation of question " + a.text("question_id") + " (" + a.origin() + ")");
          }
          slots.put("answers", a.get("answers"));
          slots.put("answer", a.get("answer"));
          slots.put("answer_type", a.get("answer_type"));
        }
        return List.of(new Example(slots, location));
      }

      @Override
      public void close() {
        super.close();
        if (answers != null) {
          answers.close();
        }
      }
    };
  }
}
