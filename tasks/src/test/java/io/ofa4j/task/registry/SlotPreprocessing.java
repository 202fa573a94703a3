package io.ofa4j.task.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.audio.AudioFeatureConfig;
import io.ofa4j.modality.audio.AudioPreprocessor;
import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.box.BoxQuantizer;
import io.ofa4j.modality.box.ImageResize;
import io.ofa4j.modality.box.LocationVocabulary;
import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.phone.EnglishG2p;
import io.ofa4j.modality.struct.DatabaseSchema;
import io.ofa4j.modality.struct.SchemaColumn;
import io.ofa4j.modality.struct.SchemaTable;
import io.ofa4j.modality.struct.StructLinearizer;
import io.ofa4j.modality.struct.StructOptions;
import io.ofa4j.modality.struct.Triple;
import io.ofa4j.modality.video.FfmpegVideoDecoder;
import io.ofa4j.modality.video.FrameSampling;
import io.ofa4j.modality.video.Qwen2VlVideoProcessor;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.task.data.Example;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Runs each slot of an example through the preprocessing its plan names: images and videos
 * through the Qwen2-VL processors, audio through the log-mel preprocessor, STRUCT through the
 * linearizer, boxes through the quantizer against the image size, phones through G2P, text
 * checked non-empty.
 */
final class SlotPreprocessing {
  private static final Qwen2VlImageProcessor IMAGES = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());
  private static final AudioPreprocessor AUDIO = new AudioPreprocessor(AudioFeatureConfig.DEFAULT);
  private static final StructLinearizer STRUCT = new StructLinearizer(StructOptions.DEFAULT);
  private static final BoxQuantizer BOXES = new BoxQuantizer(new LocationVocabulary(151_646, 1000));

  private SlotPreprocessing() {}

  static void check(TaskPlan plan, Example e) {
    int[] size = null;
    for (SlotPlan s : plan.slots()) {
      Object v = e.get(s.name());
      String where = e.origin() + " slot " + s.name();
      switch (s.modality()) {
        case "IMAGE" -> {
          assertThat(IMAGES.processFile((Path) v).visionTokens()).as(where).isPositive();
          size = imageSize((Path) v);
        }
        case "VIDEO" -> assertThat(new Qwen2VlVideoProcessor(IMAGES, new FfmpegVideoDecoder())
            .process((Path) v, FrameSampling.fps(2.0)).visionTokens()).as(where).isPositive();
        case "AUDIO" -> assertThat(AUDIO.process((Path) v, false, 0).durationSeconds()).as(where).isPositive();
        case "STRUCT" -> assertThat(struct(v)).as(where).isNotBlank();
        case "BOX" -> {
          assertThat(size).as(where + ": a box needs the image before it").isNotNull();
          for (double[] b : boxes(v)) {
            assertThat(BOXES.encodeText(new BoundingBox(b[0], b[1], b[2], b[3]),
                ImageResize.identity(size[0], size[1]))).as(where).startsWith("<bin_");
          }
        }
        case "TEXT" -> {
          for (Object t : v instanceof List<?> l ? l : List.of(v)) {
            assertThat((String) t).as(where).isNotBlank();
          }
          if (s.preprocessor().equals("text_phone")) {
            assertThat(EnglishG2p.withShippedDictionary().phonemize((String) v)).as(where).isNotEmpty();
          }
        }
        default -> throw new AssertionError(where + ": no check for modality " + s.modality());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<double[]> boxes(Object v) {
    return v instanceof double[] d ? List.of(d) : (List<double[]>) v;
  }

  private static int[] imageSize(Path p) {
    try {
      BufferedImage img = ImageIO.read(p.toFile());
      return new int[] {img.getWidth(), img.getHeight()};
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String struct(Object v) {
    if (v instanceof Path db) {
      return STRUCT.database(schema(db));
    }
    List<Triple> triples = new ArrayList<>();
    for (Object t : (List<?>) v) {
      String[] parts = ((String) t).split(" \\| ");
      triples.add(new Triple(parts[0], parts[1], parts[2]));
    }
    return STRUCT.triples(triples);
  }

  /** The tables and columns of a SQLite file. */
  private static DatabaseSchema schema(Path db) {
    List<SchemaTable> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        ResultSet t = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
      while (t.next()) {
        List<SchemaColumn> cols = new ArrayList<>();
        try (ResultSet col = c.createStatement().executeQuery("PRAGMA table_info(" + t.getString(1) + ")")) {
          while (col.next()) {
            cols.add(SchemaColumn.of(col.getString("name")));
          }
        }
        tables.add(new SchemaTable(t.getString(1), cols));
      }
    } catch (SQLException ex) {
      throw new IllegalStateException(db + ": " + ex.getMessage(), ex);
    }
    String name = db.getFileName().toString();
    return new DatabaseSchema(name.substring(0, name.indexOf('.')), tables);
  }
}
