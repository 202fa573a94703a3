package io.ofa4j.task.registry;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.synthetic.Split;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generator's first examples pass the preprocessing their task's plan names. */
class SyntheticPreprocessingTest {
  @TempDir
  Path cache;

  @Test
  void textAndSceneTasks() {
    for (CatalogTask t : Catalogs.trainable()) {
      if (!Catalogs.EXTERNAL_TOOLS.contains(t.spec().synthetic().generator())) {
        run(t, 2);
      }
    }
  }

  @Test
  void speechAndVideoTasks() {
    assumeThat(Catalogs.onPath("espeak-ng") && Catalogs.onPath("ffmpeg"))
        .as("espeak-ng and ffmpeg are needed (./ofa4j setup installs them)").isTrue();
    for (String task : new String[] {"asr", "kinetics", "msrvtt_caption", "msrvtt_qa"}) {
      run(Catalogs.task(task), 1);
    }
  }

  @Test
  @Tag("slow")
  void everyTaskTenExamplesPerSplit() {
    assumeThat(Catalogs.onPath("espeak-ng") && Catalogs.onPath("ffmpeg")).as("espeak-ng / ffmpeg missing").isTrue();
    for (CatalogTask t : Catalogs.trainable()) {
      run(t, 10);
    }
  }

  private void run(CatalogTask t, int n) {
    for (Split split : Split.values()) {
      for (Example e : Catalogs.SYNTHETIC.examples(t, 1, split, n, cache)) {
        SlotPreprocessing.check(t.plan().template(1), e);
      }
    }
  }
}
