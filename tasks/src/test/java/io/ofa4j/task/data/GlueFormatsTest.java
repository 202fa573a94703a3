package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GLUE TSV quirks: CoLA has no header, quotes are literal, MNLI/QQP columns by header name. */
class GlueFormatsTest {

  @TempDir Path dir;

  @Test
  void colaHasNoHeaderAndQuotesAreLiteral() throws Exception {
    Path p = dir.resolve("in_domain_train.tsv");
    Files.writeString(p, "gj04\t1\t\tOur friends won't buy this analysis, let alone the next one we propose.\n"
        + "gj04\t0\t*\t\"They drank the pub.\n"
        + "gj04\t1\t\tHe said \"hi\" twice.\n");
    List<Example> rows = Read.all(GlueFormats.cola(), p);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).text("sentence")).isEqualTo("\"They drank the pub.");
    assertThat(rows.get(1).text("label")).isEqualTo("0");
    assertThat(rows.get(2).text("sentence")).isEqualTo("He said \"hi\" twice.");
    assertThat(rows.get(0).origin()).endsWith("in_domain_train.tsv:1");
  }

  @Test
  void mnliColumnsComeFromTheHeader() throws Exception {
    Path p = dir.resolve("dev_matched.tsv");
    Files.writeString(p, "index\tpromptID\tpairID\tgenre\tsentence1_binary_parse\tsentence2_binary_parse\t"
        + "sentence1_parse\tsentence2_parse\tsentence1\tsentence2\tlabel1\tgold_label\n"
        + "0\t63735\t63735n\tslate\t( ( The )\t( ( The )\t(ROOT)\t(ROOT)\tThe new rights are nice enough\t"
        + "Everyone really likes the newest benefits \tneutral\tneutral\n");
    Example e = Read.all(GlueFormats.mnli(), p).get(0);
    assertThat(e.text("premise")).isEqualTo("The new rights are nice enough");
    assertThat(e.text("hypothesis")).isEqualTo("Everyone really likes the newest benefits ");
    assertThat(e.text("label")).isEqualTo("neutral");
  }

  @Test
  void qqpAndSst2() throws Exception {
    Path qqp = dir.resolve("qqp.tsv");
    Files.writeString(qqp, "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n"
        + "133273\t213221\t213222\tHow is the life of a math student?\tWhich level of prepration is enough?\t0\n");
    assertThat(Read.all(GlueFormats.qqp(), qqp).get(0).slots())
        .containsEntry("question1", "How is the life of a math student?").containsEntry("label", "0");
    Path sst = dir.resolve("sst.tsv");
    Files.writeString(sst, "sentence\tlabel\nhide new secretions from the parental units \t0\n");
    assertThat(Read.all(GlueFormats.sst2(), sst).get(0).text("sentence")).isEqualTo("hide new secretions from the parental units ");
  }

  @Test
  void unknownHeaderColumnIsAClearError() throws Exception {
    Path p = dir.resolve("x.tsv");
    Files.writeString(p, "a\tb\n1\t2\n");
    assertThatThrownBy(() -> Read.all(GlueFormats.qqp(), p))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("slot 'question1' maps to column 'question1', which is not in the header [a, b]");
  }
}
