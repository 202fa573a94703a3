package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ImageNet, Kinetics, MSR-VTT, LibriSpeech and LJSpeech layouts. */
class MediaFormatsTest {

  @TempDir Path dir;

  @Test
  void imageNetClassFoldersInSynsetOrder() throws Exception {
    Path mapping = dir.resolve("LOC_synset_mapping.txt");
    Files.writeString(mapping, "n01440764 tench, Tinca tinca\nn01443537 goldfish, Carassius auratus\n");
    Path train = dir.resolve("train");
    Files.createDirectories(train.resolve("n01440764"));
    Files.createDirectories(train.resolve("n01443537"));
    Files.writeString(train.resolve("n01443537/n01443537_2.JPEG"), "x");
    Files.writeString(train.resolve("n01440764/n01440764_10026.JPEG"), "x");
    Files.writeString(train.resolve("n01440764/n01440764_10027.JPEG"), "x");
    List<Example> rows = Read.all(new ImageNetFormat(mapping), train);
    assertThat(rows).extracting(e -> e.text("label") + "/" + e.text("class_index"))
        .containsExactly("tench/0", "tench/0", "goldfish/1");
    assertThat(rows.get(2).get("image")).isEqualTo(train.resolve("n01443537/n01443537_2.JPEG"));
    DatasetReader r = new DatasetReader(List.of(train), new ImageNetFormat(mapping), ReaderOptions.sequential());
    r.next();
    ReaderPosition at = r.position();
    r.close();
    try (DatasetReader resumed = new DatasetReader(List.of(train), new ImageNetFormat(mapping), ReaderOptions.sequential(), at)) {
      assertThat(resumed.next().get("image")).isEqualTo(rows.get(1).get("image"));
    }
  }

  @Test
  void kineticsCsvBuildsClipPaths() throws Exception {
    Path csv = dir.resolve("kinetics_400_val.csv");
    Files.writeString(csv, "label,youtube_id,time_start,time_end,split,is_cc\n"
        + "\"passing American football (in game)\",-0Rbu6X5lRc,10,20,val,0\n"
        + "abseiling,--3ouPhoy2A,20.0,30.0,val,0\n"
        + "abseiling,bad,start,30,val,0\n");
    DatasetReader r = new DatasetReader(List.of(csv), new KineticsFormat(dir), ReaderOptions.sequential().with(OnMalformed.SKIP));
    Example first = r.next();
    assertThat(first.text("label")).isEqualTo("passing American football (in game)");
    assertThat(first.get("video")).isEqualTo(dir.resolve("passing American football (in game)/-0Rbu6X5lRc_000010_000020.mp4"));
    assertThat(r.next().get("video")).isEqualTo(dir.resolve("abseiling/--3ouPhoy2A_000020_000030.mp4"));
    assertThat(r.hasNext()).isFalse();
    assertThat(r.malformedCount()).isEqualTo(1);
  }

  @Test
  void msrVttSentencesWithSplitsFromVideos() throws Exception {
    Path f = dir.resolve("train_val_videodatainfo.json");
    Files.writeString(f, """
        {"info": {"year": 2016}, "videos": [{"category": 9, "url": "u", "video_id": "video0", "start time": 137.72,
          "end time": 149.44, "split": "train", "id": 0}, {"video_id": "video7010", "split": "validate", "id": 7010}],
         "sentences": [{"caption": "a car is shown", "video_id": "video0", "sen_id": 0},
                       {"caption": "a man talks", "video_id": "video7010", "sen_id": 1}]}""");
    List<Example> rows = Read.all(new MsrVttFormat(dir, Set.of("validate")), f);
    assertThat(rows).singleElement().satisfies(e -> {
      assertThat(e.get("video")).isEqualTo(dir.resolve("video7010.mp4"));
      assertThat(e.text("caption")).isEqualTo("a man talks");
    });
  }

  @Test
  void libriSpeechTranscriptsViaShardGlob() throws Exception {
    Path chapter = dir.resolve("dev-clean/84/121123");
    Files.createDirectories(chapter);
    Files.writeString(chapter.resolve("84-121123.trans.txt"), "84-121123-0000 GO DO YOU HEAR\n84-121123-0001 BUT IN LESS THAN FIVE MINUTES\n");
    Files.writeString(chapter.resolve("84-121123-0000.flac"), "");
    List<Path> shards = Shards.expand(dir.resolve("dev-clean"), "**/*.trans.txt");
    assertThat(shards).containsExactly(chapter.resolve("84-121123.trans.txt"));
    List<Example> rows = Read.all(new LibriSpeechFormat(), shards.get(0));
    assertThat(rows.get(1).get("audio")).isEqualTo(chapter.resolve("84-121123-0001.flac"));
    assertThat(rows.get(0).text("text")).isEqualTo("GO DO YOU HEAR");
    assertThat(rows.get(0).text("speaker_id")).isEqualTo("84");
    assertThatThrownBy(() -> Shards.expand(dir, "*.nothing")).hasMessageContaining("matches '*.nothing'");
  }

  @Test
  void ljSpeechPipeSeparatedWithoutQuoting() throws Exception {
    Path meta = dir.resolve("metadata.csv");
    Files.writeString(meta, "LJ001-0001|Printing, in the only sense with which we are at present concerned,|"
        + "Printing, in the only sense with which we are at present concerned,\n"
        + "LJ001-0009|\"the earliest book printed with movable types,|\"the earliest book printed with movable types,\n");
    List<Example> rows = Read.all(new LjSpeechFormat(), meta);
    assertThat(rows.get(1).text("text")).isEqualTo("\"the earliest book printed with movable types,");
    assertThat(rows.get(0).get("audio")).isEqualTo(dir.resolve("wavs/LJ001-0001.wav"));
  }
}
