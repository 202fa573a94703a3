package io.ofa4j.preset.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.multitask.LoopConfig;
import io.ofa4j.runtime.multitask.MultiTaskLoop;
import io.ofa4j.runtime.multitask.TaskConfig;
import io.ofa4j.runtime.multitask.TaskStream;
import io.ofa4j.runtime.multitask.TrainingParts;
import io.ofa4j.runtime.multitask.checkpoint.ModelState;
import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.multitask.text.TextEvaluator;
import io.ofa4j.runtime.multitask.text.TextStepFunction;
import io.ofa4j.runtime.multitask.text.TextTaskStream;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** A real (tiny) two-task run, then its report built from the finished run directory. */
class RunReportEndToEndTest {
  @TempDir Path run;

  @Test
  void aFinishedRunDirectoryYieldsCurvesAndTheFinalTable() throws Exception {
    Qwen2Config config = Qwen2Config.tiny(32, 16, 32, 1, 2, 1, true);
    ParameterStore store = ParameterInitializer.initialize(config, DataType.FLOAT, 0.2, 1);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    TextStepFunction step = new TextStepFunction(graph, TrainerConfig.constant(1e-2));
    List<int[]> up = List.of(new int[] {1, 2, 3, 4}, new int[] {5, 6, 7, 8, 9}, new int[] {2, 3, 4});
    List<int[]> down = List.of(new int[] {9, 8, 7}, new int[] {6, 5, 4, 3}, new int[] {4, 3, 2, 1});
    List<TaskStream<TrainBatch>> streams = List.of(new TextTaskStream("up", up, 0, 1, 2, 1),
        new TextTaskStream("down", down, 0, 2, 2, 1));
    TrainingParts<TrainBatch> parts = new TrainingParts<>(
        List.of(new TaskConfig("up", 1, 1, 2), new TaskConfig("down", 1, 1, 2)), streams, step,
        new TextEvaluator(graph, Map.of("up", up, "down", down), 0, 4),
        new ModelState(config, store, step.optimizer()));
    new MultiTaskLoop<>(LoopConfig.of(6, SchedulingPolicy.ROUND_ROBIN, 3).withEvalEvery(3), parts, run, "p: 1\n").run();

    Path index = ReportWriter.write(run, "tiny", Map.of(), List.of());
    String html = Files.readString(index);
    assertThat(html).contains("<td>up</td><td>loss</td>", "<td>down</td><td>token_accuracy</td>",
        "metric-perplexity.png");
    for (String png : List.of("loss.png", "metric-loss.png", "metric-perplexity.png", "metric-token_accuracy.png")) {
      assertThat(index.resolveSibling(png)).isRegularFile();
    }
    MetricsHistory h = MetricsHistory.read(run.resolve(ReportWriter.METRICS_FILE));
    assertThat(h.trainLoss().get("up")).hasSize(3); // round-robin: every other step
    assertThat(h.evalMetrics().get("down").get("loss")).extracting(Point::step).containsExactly(3L, 6L);
  }
}
