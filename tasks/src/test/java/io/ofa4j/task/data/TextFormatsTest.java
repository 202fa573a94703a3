package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spider, DART, FeTaQA, Natural Instructions, Gigaword and Sudoku on tiny files. */
class TextFormatsTest {

  @TempDir Path dir;

  @Test
  void spiderJoinsSchemaAndDatabasePath() throws Exception {
    Path tables = dir.resolve("tables.json");
    Files.writeString(tables, """
        [{"db_id": "concert_singer", "table_names_original": ["stadium", "singer"],
          "column_names_original": [[-1, "*"], [0, "Stadium_ID"], [0, "Location"], [1, "Singer_ID"], [1, "Name"]],
          "column_types": [], "foreign_keys": [], "primary_keys": []}]""");
    Path train = dir.resolve("train_spider.json");
    Files.writeString(train, """
        [{"db_id": "concert_singer", "query": "SELECT count(*) FROM singer", "question": "How many singers do we have?",
          "query_toks": [], "sql": {}},
         {"db_id": "unknown_db", "query": "SELECT 1", "question": "?"}]""");
    DatasetReader r = new DatasetReader(List.of(train), new SpiderFormat(tables, dir.resolve("database")),
        ReaderOptions.sequential().with(OnMalformed.SKIP));
    Example e = r.next();
    assertThat(e.text("schema")).isEqualTo("stadium: Stadium_ID, Location\nsinger: Singer_ID, Name");
    assertThat(e.get("database")).isEqualTo(dir.resolve("database/concert_singer/concert_singer.sqlite"));
    assertThat(r.hasNext()).isFalse();
    assertThat(r.malformedCount()).isEqualTo(1);
  }

  @Test
  void dartExpandsAnnotations() throws Exception {
    Path f = dir.resolve("dart.json");
    Files.writeString(f, """
        [{"tripleset": [["Mars Hill College", "JOINED", "1973"], ["Mars Hill College", "LOCATION", "Mars Hill, NC"]],
          "subtree_was_extended": false,
          "annotations": [{"source": "WikiSQL_decl_sents", "text": "A school from Mars Hill, NC joined in 1973."},
                          {"source": "WikiSQL_decl_sents", "text": "Mars Hill College joined in 1973."}]}]""");
    List<Example> rows = Read.all(new DartFormat(), f);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).texts("triples")).containsExactly("Mars Hill College | JOINED | 1973",
        "Mars Hill College | LOCATION | Mars Hill, NC");
    assertThat(rows.get(1).text("text")).isEqualTo("Mars Hill College joined in 1973.");
  }

  @Test
  void fetaQaTablesBecomeRows() throws Exception {
    Path f = dir.resolve("fetaQA-v1_dev.jsonl");
    Files.writeString(f, "{\"feta_id\": 18162, \"table_page_title\": \"1982 Illinois gubernatorial election\", "
        + "\"table_section_title\": \"Results\", \"table_array\": [[\"Party\", \"Candidate\"], [\"Republican\", \"James R. Thompson\"]], "
        + "\"highlighted_cell_ids\": [[1, 1]], \"question\": \"Who won?\", \"answer\": \"Thompson won.\"}\n");
    Example e = Read.all(JsonlFormat.fetaQa(), f).get(0);
    assertThat(e.get("table")).isEqualTo(List.of(List.of("Party", "Candidate"), List.of("Republican", "James R. Thompson")));
    assertThat(e.text("answer")).isEqualTo("Thompson won.");
  }

  @Test
  void naturalInstructionsStreamsInstancesWithTheDefinition() throws Exception {
    Path f = dir.resolve("task001_quoref_question_generation.json");
    Files.writeString(f, """
        {"Contributors": ["x"], "Source": ["quoref"], "Categories": ["Question Generation"],
         "Definition": ["In this task, you're given passages.", "Write questions."],
         "Positive Examples": [{"input": "Passage: A", "output": "Q?", "explanation": "ok"}],
         "Negative Examples": [],
         "Instances": [{"id": "task001-1", "input": "Passage: B", "output": ["Who?", "What?"]}],
         "Instance License": ["CC BY 4.0"]}""");
    Example e = Read.all(new NaturalInstructionsFormat(), f).get(0);
    assertThat(e.text("definition")).isEqualTo("In this task, you're given passages.\nWrite questions.");
    assertThat(e.text("examples")).isEqualTo("Input: Passage: A\nOutput: Q?");
    assertThat(e.texts("outputs")).containsExactly("Who?", "What?");
    assertThat(e.text("output")).isEqualTo("Who?");
  }

  @Test
  void gigawordReadsParallelFilesAndReportsLengthMismatch() throws Exception {
    Files.writeString(dir.resolve("train.src.txt"), "australia 's current account deficit shrunk\nsecond article\nthird\n");
    Files.writeString(dir.resolve("train.tgt.txt"), "australian current account deficit narrows\nsecond headline\n");
    DatasetReader r = new DatasetReader(List.of(dir.resolve("train.src.txt")), new GigawordFormat(".src.txt", ".tgt.txt"),
        ReaderOptions.sequential());
    assertThat(r.next().text("target")).isEqualTo("australian current account deficit narrows");
    assertThat(r.next().text("source")).isEqualTo("second article");
    assertThatThrownBy(r::next).hasMessageContaining("train.src.txt:3").hasMessageContaining("has fewer lines");
  }

  @Test
  void sudokuCsv() throws Exception {
    Path f = dir.resolve("sudoku.csv");
    Files.writeString(f, "quizzes,solutions\n"
        + "004300209005009001070060043006002087190007400050083000600000105003508690042910300,"
        + "864371259325849761971265843436192587198657432257483916689734125713528694542916378\n");
    Example e = Read.all(SudokuFormat.csv(), f).get(0);
    assertThat(e.text("puzzle")).startsWith("0043").hasSize(81);
    assertThat(e.text("solution")).startsWith("8643").hasSize(81);
  }
}
