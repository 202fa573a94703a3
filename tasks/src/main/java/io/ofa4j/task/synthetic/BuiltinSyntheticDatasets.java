package io.ofa4j.task.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every synthetic dataset shipped with ofa4j, in plain Java (no injector needed); {@link
 * SyntheticBinder#bindBuiltins} registers the same list with Guice.
 */
public final class BuiltinSyntheticDatasets {
  private BuiltinSyntheticDatasets() {}

  /** New instances of all built-in datasets, in a stable order. */
  public static List<SyntheticDataset> all() {
    List<SyntheticDataset> out = new ArrayList<>();
    out.add(new TextPairDataset("text_sentiment", "SST-2-like sentences, some negated",
        new SentimentGenerator(0, 0), Map.of(), Map.of("positive", "positive", "negative", "negative")));
    out.add(new TextPairDataset("text_acceptability", "CoLA-like agreement and word-order errors",
        new AcceptabilityGenerator(0, 0), Map.of(), Map.of("1", "yes", "0", "no")));
    out.add(new TextPairDataset("text_entailment", "MNLI/RTE-like premise and hypothesis",
        new EntailmentGenerator(0, 0), Map.of("premise", "sent1", "hypothesis", "sent2"),
        Map.of("entailment", "yes", "contradiction", "no", "neutral", "maybe")));
    out.add(new TextPairDataset("text_paraphrase", "MRPC-like travel sentences, reworded or changed",
        new ParaphraseGenerator(0, 0), Map.of("sentence1", "sent1", "sentence2", "sent2"),
        Map.of("1", "yes", "0", "no")));
    out.add(new TextPairDataset("text_question_answering", "QNLI-like question and sentence",
        new QuestionAnsweringGenerator(0, 0), Map.of("sentence", "sent", "question", "ques"),
        Map.of("yes", "yes", "no", "no")));
    out.add(new TextPairDataset("text_question_pairs", "QQP-like question pairs",
        new QuestionPairGenerator(0, 0), Map.of("question1", "ques1", "question2", "ques2"),
        Map.of("yes", "yes", "no", "no")));
    out.add(new SummaryDataset());
    out.add(new InfillingDataset());
    out.add(new InstructionDataset());
    out.add(new TableQaDataset());
    out.add(new TableToTextDataset());
    out.add(new SqlDataset());
    out.add(new SudokuDataset());
    for (SceneDataset.Kind k : SceneDataset.Kind.values()) {
      out.add(new SceneDataset(k));
    }
    for (VideoDataset.Kind k : VideoDataset.Kind.values()) {
      out.add(new VideoDataset(k));
    }
    out.add(new SpeechDataset());
    return out;
  }
}
