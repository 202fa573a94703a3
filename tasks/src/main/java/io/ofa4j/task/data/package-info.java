/**
 * Streaming dataset readers: real dataset file formats (COCO, VQAv2, RefCOCO, GLUE, LibriSpeech,
 * Spider, ...) and generic TSV/CSV/JSONL, read lazily into {@link io.ofa4j.task.data.Example}s
 * keyed by slot name, with deterministic bounded shuffling, resumable positions and counted
 * malformed records.
 */
package io.ofa4j.task.data;
