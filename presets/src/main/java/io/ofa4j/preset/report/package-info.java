/**
 * The HTML report of a training run, rebuilt from the run directory's {@code metrics.jsonl}:
 * loss and metric curves (PNG beside the HTML, drawn with JFreeChart), the final table (task,
 * metric, value, baseline) and a gallery of predictions (images with the predicted caption and
 * box drawn on them, audio clips with their transcripts).
 */
package io.ofa4j.preset.report;
