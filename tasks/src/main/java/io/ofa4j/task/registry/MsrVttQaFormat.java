package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.MalformedRecordException;
import io.ofa4j.task.data.RecordCursor;
import io.ofa4j.task.data.RecordFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MSRVTT-QA ({@code train_qa.json} / {@code val_qa.json} / {@code test_qa.json}, Xu et al. 2017): a
 * JSON array of {@code {"answer", "id", "question", "video_id"}} where {@code video_id} is a
 * number {@code n} (the clip {@code video<n>.mp4}) or already a name. Slots {@code video} (Path
 * videoDir/video&lt;n&gt;.mp4), {@code question}, {@code answer}. The file (about 20 MB for train) is
 * read as one tree.
 *
 * @param videoDir folder of the {@code videoN.mp4} files
 */
public record MsrVttQaFormat(Path videoDir) implements RecordFormat {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public MsrVttQaFormat {
    requireNonNull(videoDir, "videoDir is null");
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    List<JsonNode> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = JSON.readTree(in);
      if (!root.isArray()) {
        throw new DatasetException(file + ": MSRVTT-QA file must be a JSON array, found " + root.getNodeType());
      }
      root.forEach(items::add);
    } catch (IOException | JacksonException e) {
      throw new DatasetException(file + ": cannot read MSRVTT-QA: " + e.getMessage(), e);
    }
    return new RecordCursor() {
      private long next = recordIndex;

      @Override
      public Example next() {
        if (next >= items.size()) {
          return null;
        }
        JsonNode q = items.get((int) next++);
        String where = file + "#" + (next - 1);
        JsonNode id = q.path("video_id");
        String question = q.path("question").asString("");
        String answer = q.path("answer").asString("");
        if (id.isMissingNode() || question.isBlank() || answer.isBlank()) {
          throw new MalformedRecordException(where, "needs video_id, question and answer, found " + q);
        }
        String video = id.isNumber() ? "video" + id.asLong() : id.asString();
        return new Example(Map.of("video", videoDir.resolve(video + ".mp4"), "question", question,
            "answer", answer), where);
      }

      @Override
      public long recordIndex() {
        return next;
      }

      @Override
      public long byteOffset() {
        return -1;
      }

      @Override
      public void close() {
        // the array is in memory; nothing to release
      }
    };
  }
}
