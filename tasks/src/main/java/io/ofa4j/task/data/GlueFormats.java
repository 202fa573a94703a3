package io.ofa4j.task.data;

import java.util.List;

/**
 * GLUE TSV layouts (the files of {@code download_glue_data.py}). GLUE TSVs are not CSV-quoted:
 * fields are split on every tab and quotes are literal text, hence {@link DelimitedFormat#tsv}.
 */
public final class GlueFormats {

  private GlueFormats() {}

  /**
   * CoLA train/dev: no header; columns source, label, original label (or '*'), sentence. Slots
   * {@code sentence}, {@code label}.
   */
  public static DelimitedFormat cola() {
    return DelimitedFormat.tsv(false, ColumnMapping.parse("sentence:3,label:1", List.of()));
  }

  /** SST-2: header {@code sentence label}. */
  public static DelimitedFormat sst2() {
    return DelimitedFormat.tsv(true, ColumnMapping.parse("sentence:sentence,label:label", List.of()));
  }

  /**
   * MNLI: header with index, promptID, pairID, genre, parses, {@code sentence1}, {@code sentence2},
   * label1..5 and {@code gold_label}. Slots {@code premise}, {@code hypothesis}, {@code label}.
   */
  public static DelimitedFormat mnli() {
    return DelimitedFormat.tsv(true,
        ColumnMapping.parse("premise:sentence1,hypothesis:sentence2,label:gold_label", List.of()));
  }

  /** QQP: header {@code id qid1 qid2 question1 question2 is_duplicate}. */
  public static DelimitedFormat qqp() {
    return DelimitedFormat.tsv(true,
        ColumnMapping.parse("question1:question1,question2:question2,label:is_duplicate", List.of()));
  }

  /** RTE: header {@code index sentence1 sentence2 label}. */
  public static DelimitedFormat rte() {
    return DelimitedFormat.tsv(true,
        ColumnMapping.parse("sentence1:sentence1,sentence2:sentence2,label:label", List.of()));
  }

  /** QNLI: header {@code index question sentence label}. */
  public static DelimitedFormat qnli() {
    return DelimitedFormat.tsv(true,
        ColumnMapping.parse("question:question,sentence:sentence,label:label", List.of()));
  }

  /** MRPC: header {@code Quality #1 ID #2 ID #1 String #2 String}. */
  public static DelimitedFormat mrpc() {
    return DelimitedFormat.tsv(true,
        ColumnMapping.parse("sentence1:#1 String,sentence2:#2 String,label:Quality", List.of()));
  }
}
