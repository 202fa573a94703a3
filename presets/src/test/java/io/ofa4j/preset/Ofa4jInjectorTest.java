package io.ofa4j.preset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.modality.BuiltInModalities;
import io.ofa4j.preset.recipe.ModelSection;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.preset.run.RunModel;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.registry.SyntheticRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The composition root registers every built-in modality and kit, all catalog tasks, and for each
 * trainable task its generator and metrics.
 */
class Ofa4jInjectorTest {
  private static final Injector ROOT = Ofa4jInjector.create();

  @Test
  void everyModalityHasADescriptorAndAKitWithAdapters() {
    Planner planner = ROOT.getInstance(Planner.class);
    KitRegistry kits = Ofa4jInjector.kits(ROOT, RunModel.kitSettings(ModelSection.defaults(), 128, 200));
    for (var d : BuiltInModalities.all()) {
      assertThat(planner.registry().find(d.name())).as("descriptor " + d.name()).isPresent();
      assertThat(kits.find(d.name())).as("kit " + d.name()).isPresent();
    }
    assertThat(kits.adapters()).extracting(a -> a.name()).isNotEmpty();
  }

  @Test
  void everyCatalogTaskIsRegisteredWithItsGeneratorAndMetrics() {
    TaskCatalog catalog = ROOT.getInstance(TaskCatalog.class);
    SyntheticRegistry synthetic = ROOT.getInstance(SyntheticRegistry.class);
    Map<String, Metric<?, ?>> metrics = Ofa4jInjector.metrics(ROOT);
    assertThat(catalog.names()).hasSize(30).contains("sst2", "caption", "vqa", "refcoco", "asr", "dart");
    for (var t : catalog.tasks()) {
      if (t.spec().trainable()) {
        t.spec().metrics().forEach(m -> assertThat(metrics).as(t.spec().name() + " metric " + m).containsKey(m));
        assertThat(synthetic.find(t.spec().synthetic().generator())).as(t.spec().name() + " generator").isPresent();
      }
    }
  }

  @Test
  void singletonsAreShared() {
    assertThat(ROOT.getInstance(PresetLoader.class)).isSameAs(ROOT.getInstance(PresetLoader.class));
    assertThat(ROOT.getInstance(TaskCatalog.class)).isSameAs(ROOT.getInstance(TaskCatalog.class));
  }
}
