package io.ofa4j.task.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which format slot feeds which instruction slot, per (task, format) of the catalog, and how raw
 * GLUE labels become the catalog's label words.
 */
final class BuiltinTaskMappings {
  private static final Map<String, String> BINARY = Map.of("1", "yes", "0", "no");
  private static final Map<String, String> NLI3 = Map.of("entailment", "yes", "neutral", "maybe",
      "contradiction", "no");
  private static final Map<String, String> NLI2 = Map.of("entailment", "yes", "not_entailment", "no");

  private BuiltinTaskMappings() {}

  /** task -> format -> mapping. */
  static Map<String, Map<String, TaskMapping>> all() {
    Map<String, Map<String, TaskMapping>> m = new LinkedHashMap<>();
    put(m, "asr", "librispeech_flac", TaskMapping.of("audio", "wav", "text", "text"));
    put(m, "tts", "ljspeech_csv", TaskMapping.of("text", "text", "audio", "fbank"));
    put(m, "caption", "coco_karpathy_json", TaskMapping.of("image", "img", "caption", "cap"));
    put(m, "image_text_matching", "coco_karpathy_json", TaskMapping.of("image", "image_0", "caption", "text_0")
        .withMissing("text_1", "the yes/no label needs sampled non-matching captions"));
    put(m, "text_to_image", "coco_karpathy_json", TaskMapping.of("caption", "text")
        .withMissing("image_0", "the image target is planned only (VQGAN codes)"));
    put(m, "detection", "coco_instances_json", TaskMapping.of("image", "img", "boxes", "box_0", "labels", "text_0"));
    put(m, "refcoco", "refcoco_json", TaskMapping.of("image", "img", "text", "cap", "region", "patch_boxes"));
    put(m, "grounded_caption", "refcoco_json", TaskMapping.of("image", "img", "region", "patch_boxes", "text", "cap"));
    put(m, "vqa", "vqa_v2_json", TaskMapping.of("image", "image", "question", "question", "answer", "answer"));
    put(m, "snli_ve", "snli_ve_jsonl", TaskMapping.of("image", "img", "caption", "cap", "hypothesis", "hyp",
        "label", "label").withValues("label", NLI3));
    put(m, "imagenet", "imagenet_folders", TaskMapping.of("image", "image", "label", "label_name"));
    put(m, "image_infilling", "imagenet_folders", TaskMapping.of("image", "img")
        .withMissing("image_0", "the image target is planned only (VQGAN codes)"));
    put(m, "kinetics", "kinetics_csv", TaskMapping.of("video", "video", "label", "label_name"));
    put(m, "msrvtt_caption", "msrvtt_json", TaskMapping.of("video", "video", "caption", "cap"));
    put(m, "msrvtt_qa", "msrvtt_json", TaskMapping.of("video", "video")
        .withMissing("question", "MSRVTT-QA questions live in the separate *_qa.json files (msrvtt_qa_json)")
        .withMissing("answer", "MSRVTT-QA answers live in the separate *_qa.json files"));
    put(m, "msrvtt_qa", "msrvtt_qa_json", TaskMapping.of("video", "video", "question", "question", "answer", "answer"));
    put(m, "spider", "spider_json", TaskMapping.of("question", "src", "database", "database", "query", "tgt"));
    put(m, "dart", "dart_json", TaskMapping.of("triples", "database", "text", "tgt"));
    put(m, "fetaqa", "fetaqa_jsonl", TaskMapping.of("table", "database", "question", "src", "answer", "tgt"));
    put(m, "gigaword", "gigaword_text", TaskMapping.of("source", "src", "target", "tgt"));
    put(m, "natural_instructions", "natural_instructions_json", TaskMapping.of("output", "tgt")
        .withTemplate("src", "Definition: {definition} Input: {input}"));
    put(m, "sudoku", "sudoku_csv", TaskMapping.of("puzzle", "src", "solution", "tgt"));
    put(m, "text_infilling", "plain_text", TaskMapping.of("text", "text"));
    put(m, "text_to_motion", "bvh_folder", TaskMapping.of("text", "text", "motion", "bvh_frames"));
    put(m, "cola", "glue_cola_tsv", TaskMapping.of("sentence", "sentence", "label", "label")
        .withValues("label", BINARY));
    put(m, "sst2", "glue_sst2_tsv", TaskMapping.of("sentence", "sentence", "label", "label")
        .withValues("label", Map.of("1", "positive", "0", "negative")));
    put(m, "mnli", "glue_mnli_tsv", TaskMapping.of("premise", "sent1", "hypothesis", "sent2", "label", "label")
        .withValues("label", NLI3));
    put(m, "rte", "glue_rte_tsv", TaskMapping.of("sentence1", "sent1", "sentence2", "sent2", "label", "label")
        .withValues("label", NLI2));
    put(m, "qnli", "glue_qnli_tsv", TaskMapping.of("sentence", "sent", "question", "ques", "label", "label")
        .withValues("label", NLI2));
    put(m, "qqp", "glue_qqp_tsv", TaskMapping.of("question1", "ques1", "question2", "ques2", "label", "label")
        .withValues("label", BINARY));
    put(m, "mrpc", "glue_mrpc_tsv", TaskMapping.of("sentence1", "sent1", "sentence2", "sent2", "label", "label")
        .withValues("label", BINARY));
    return m;
  }

  private static void put(Map<String, Map<String, TaskMapping>> m, String task, String format, TaskMapping mapping) {
    m.computeIfAbsent(task, k -> new LinkedHashMap<>()).put(format, mapping);
  }
}
