package io.ofa4j.task.metric;

import static io.ofa4j.task.metric.MetricBinder.metricBinder;

import com.google.inject.AbstractModule;

/**
 * The built-in metrics with their reference settings, bound by name through {@link MetricBinder}:
 * sacreBLEU defaults, coco-caption BLEU-4 / CIDEr-D / ROUGE-L with the PTB-style tokenizer, IoU
 * 0.5, VOC mAP@0.5, 30 s SQL timeout. Metrics are immutable, so instances are shared.
 */
public final class BuiltinMetricsModule extends AbstractModule {

  @Override
  protected void configure() {
    metricBinder(binder())
        .bind(new Accuracy())
        .bind(new MatthewsCorrelation())
        .bind(new ExactMatch())
        .bind(SacreBleu.defaults())
        .bind(new CocoBleu(4, true))
        .bind(Cider.coco())
        .bind(new CocoRougeL(true))
        .bind(new RougeL())
        .bind(new VqaScore())
        .bind(new IouAccuracy(0.5))
        .bind(new DetectionMeanAp(0.5))
        .bind(new DetectionRecall(0.5))
        .bind(new WordErrorRate())
        .bind(new CharErrorRate())
        .bind(new SqlExecutionAccuracy(30, 1_000_000))
        .bind(new SqlExactSetMatch())
        .bind(new SudokuAccuracy());
  }
}
