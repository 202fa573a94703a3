/**
 * Evaluation metrics behind the {@link io.ofa4j.task.metric.Metric} SPI, each reproducing the
 * published reference implementation it is named after (sacreBLEU, coco-caption, the official VQA
 * evaluation, jiwer, scikit-learn, PASCAL VOC).
 */
package io.ofa4j.task.metric;
