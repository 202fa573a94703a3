package io.ofa4j.task.metric;

import static io.ofa4j.task.metric.MetricBinder.metricBinder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinMetricsModuleTest {

  private static final Key<Map<String, Metric<?, ?>>> METRICS = Key.get(new TypeLiteral<>() {});

  @Test
  void bindsEveryBuiltinUnderItsName() {
    Injector injector = Guice.createInjector(Stage.PRODUCTION, new BuiltinMetricsModule());
    Map<String, Metric<?, ?>> metrics = injector.getInstance(METRICS);
    assertThat(metrics).containsOnlyKeys("accuracy", "mcc", "exact_match", "bleu", "coco_bleu_4", "cider",
        "coco_rouge_l", "rouge_l", "vqa_score", "iou_accuracy", "map", "detection_recall", "wer", "cer",
        "sql_execution_accuracy", "sql_exact_set_match", "sudoku_accuracy");
    metrics.forEach((name, metric) -> assertThat(metric.name()).isEqualTo(name));
    assertThat(metrics.get("wer").higherIsBetter()).isFalse();
  }

  @Test
  void duplicateNameFailsAtInjectorCreation() {
    AbstractModule duplicate = new AbstractModule() {
      @Override
      protected void configure() {
        metricBinder(binder()).bind(new Accuracy());
      }
    };
    assertThatThrownBy(() -> Guice.createInjector(Stage.PRODUCTION, new BuiltinMetricsModule(), duplicate))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("accuracy");
  }
}
