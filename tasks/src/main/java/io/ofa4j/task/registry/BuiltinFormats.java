package io.ofa4j.task.registry;

import io.ofa4j.task.data.ColumnMapping;
import io.ofa4j.task.data.DartFormat;
import io.ofa4j.task.data.DelimitedFormat;
import io.ofa4j.task.data.GigawordFormat;
import io.ofa4j.task.data.GlueFormats;
import io.ofa4j.task.data.ImageNetFormat;
import io.ofa4j.task.data.JsonlFormat;
import io.ofa4j.task.data.KarpathyCocoFormat;
import io.ofa4j.task.data.KineticsFormat;
import io.ofa4j.task.data.LibriSpeechFormat;
import io.ofa4j.task.data.LjSpeechFormat;
import io.ofa4j.task.data.MsrVttFormat;
import io.ofa4j.task.data.NaturalInstructionsFormat;
import io.ofa4j.task.data.RefCocoFormat;
import io.ofa4j.task.data.SnliVeFormat;
import io.ofa4j.task.data.SpiderFormat;
import io.ofa4j.task.data.SudokuFormat;
import io.ofa4j.task.data.VqaV2Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset formats named by the catalog, with the conventional layout of each dataset's
 * folder ({@link FormatOptions#root()}); option keys override the file names.
 */
final class BuiltinFormats {
  private BuiltinFormats() {}

  static List<FormatEntry> all() {
    List<FormatEntry> f = new ArrayList<>();
    f.add(new FormatEntry("librispeech_flac", "LibriSpeech */*/*.trans.txt with sibling .flac",
        List.of("audio", "text", "utterance_id", "speaker_id"), o -> new LibriSpeechFormat()));
    f.add(new FormatEntry("ljspeech_csv", "LJSpeech metadata.csv with wavs/",
        List.of("audio", "text", "raw_text", "id"), o -> new LjSpeechFormat()));
    f.add(new FormatEntry("coco_karpathy_json",
        "dataset_coco.json; options image_root (default .), splits (default all)",
        List.of("image", "captions", "caption", "split", "image_id"),
        o -> new KarpathyCocoFormat(o.path("image_root", "."), o.set("splits"))));
    f.add(new FormatEntry("coco_instances_json",
        "COCO instances_*.json; option image_dir (default val2017)", List.of("image", "boxes", "labels"),
        o -> new CocoInstancesFormat(o.path("image_dir", "val2017"))));
    f.add(new FormatEntry("refcoco_json", "refs JSON; options instances (default instances.json), "
        + "image_dir (default train2014), splits", List.of("image", "text", "region", "ref_id", "split"),
        o -> new RefCocoFormat(o.path("instances", "instances.json"), o.path("image_dir", "train2014"),
            o.set("splits"))));
    f.add(new FormatEntry("vqa_v2_json", "VQAv2 questions file; options annotations, image_dir "
        + "(default val2014), image_pattern (default COCO_val2014_%012d.jpg)",
        List.of("image", "question", "question_id", "answers", "answer", "answer_type"),
        o -> new VqaV2Format(o.options().containsKey("annotations") ? o.path("annotations", "") : null,
            o.path("image_dir", "val2014"), o.text("image_pattern", "COCO_val2014_%012d.jpg"))));
    f.add(new FormatEntry("snli_ve_jsonl", "snli_ve_*.jsonl; option image_dir (default flickr30k_images)",
        List.of("image", "hypothesis", "caption", "label"),
        o -> new SnliVeFormat(o.path("image_dir", "flickr30k_images"))));
    f.add(new FormatEntry("imagenet_folders", "class folders; option synset_mapping "
        + "(default LOC_synset_mapping.txt)", List.of("image", "label", "synset", "class_index"),
        o -> new ImageNetFormat(o.path("synset_mapping", "LOC_synset_mapping.txt"))));
    f.add(new FormatEntry("kinetics_csv", "Kinetics annotation CSV; option video_root (default videos)",
        List.of("video", "label", "youtube_id", "split"), o -> new KineticsFormat(o.path("video_root", "videos"))));
    f.add(new FormatEntry("msrvtt_json", "train_val_videodatainfo.json; options video_dir "
        + "(default videos), splits", List.of("video", "caption", "video_id", "split"),
        o -> new MsrVttFormat(o.path("video_dir", "videos"), o.set("splits"))));
    f.add(new FormatEntry("msrvtt_qa_json", "MSRVTT-QA *_qa.json; option video_dir (default videos)",
        List.of("video", "question", "answer"), o -> new MsrVttQaFormat(o.path("video_dir", "videos"))));
    f.add(new FormatEntry("spider_json", "train_spider.json / dev.json; options tables "
        + "(default tables.json), database_dir (default database)",
        List.of("question", "query", "db_id", "database", "schema"),
        o -> new SpiderFormat(o.path("tables", "tables.json"), o.path("database_dir", "database"))));
    f.add(new FormatEntry("dart_json", "DART JSON array", List.of("triples", "text", "source"),
        o -> new DartFormat()));
    f.add(new FormatEntry("fetaqa_jsonl", "FeTaQA JSON lines",
        List.of("table", "question", "answer", "page_title", "section_title", "highlighted_cells"),
        o -> JsonlFormat.fetaQa()));
    f.add(new FormatEntry("gigaword_text", "parallel *.src.txt / *.tgt.txt",
        List.of("source", "target"), o -> new GigawordFormat(o.text("source_suffix", ".src.txt"),
            o.text("target_suffix", ".tgt.txt"))));
    f.add(new FormatEntry("natural_instructions_json", "Super-NaturalInstructions task JSON",
        List.of("definition", "examples", "input", "output", "outputs", "id"), o -> new NaturalInstructionsFormat()));
    f.add(new FormatEntry("sudoku_csv", "Kaggle quizzes,solutions CSV", List.of("puzzle", "solution"),
        o -> SudokuFormat.csv()));
    f.add(new FormatEntry("plain_text", "one text per line, UTF-8", List.of("text"),
        // NUL never occurs in text, so each line is one field
        o -> new DelimitedFormat('\0', false, false, ColumnMapping.parse("text:0", List.of()))));
    f.add(new FormatEntry("bvh_folder", "NAME.bvh with NAME.txt captions", List.of("motion", "text"),
        o -> new BvhFolderFormat()));
    f.add(new FormatEntry("glue_cola_tsv", "GLUE CoLA TSV (no header)", List.of("sentence", "label"),
        o -> GlueFormats.cola()));
    f.add(new FormatEntry("glue_sst2_tsv", "GLUE SST-2 TSV", List.of("sentence", "label"), o -> GlueFormats.sst2()));
    f.add(new FormatEntry("glue_mnli_tsv", "GLUE MNLI TSV", List.of("premise", "hypothesis", "label"),
        o -> GlueFormats.mnli()));
    f.add(new FormatEntry("glue_qqp_tsv", "GLUE QQP TSV", List.of("question1", "question2", "label"),
        o -> GlueFormats.qqp()));
    f.add(new FormatEntry("glue_rte_tsv", "GLUE RTE TSV", List.of("sentence1", "sentence2", "label"),
        o -> GlueFormats.rte()));
    f.add(new FormatEntry("glue_qnli_tsv", "GLUE QNLI TSV", List.of("question", "sentence", "label"),
        o -> GlueFormats.qnli()));
    f.add(new FormatEntry("glue_mrpc_tsv", "GLUE MRPC TSV", List.of("sentence1", "sentence2", "label"),
        o -> GlueFormats.mrpc()));
    return f;
  }
}
