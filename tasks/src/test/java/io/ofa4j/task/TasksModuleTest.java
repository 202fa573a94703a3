package io.ofa4j.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.ofa4j.planner.PlannerModule;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.registry.ReaderRegistry;
import io.ofa4j.task.registry.SyntheticRegistry;
import io.ofa4j.task.registry.SyntheticTasks;
import io.ofa4j.task.synthetic.Baseline;
import io.ofa4j.task.synthetic.SyntheticBinder;
import io.ofa4j.task.synthetic.SyntheticContext;
import io.ofa4j.task.synthetic.SyntheticDataset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TasksModuleTest {

  @Test
  void wiresCatalogDatasetsReadersAndMetrics() {
    Injector injector = Guice.createInjector(new PlannerModule(), new TasksModule());
    assertThat(injector.getInstance(TaskCatalog.class).names()).hasSize(30);
    assertThat(injector.getInstance(SyntheticRegistry.class).names()).hasSize(25)
        .contains("scene_matching", "video_qa", "text_summary", "table_qa");
    assertThat(injector.getInstance(ReaderRegistry.class).formatNames()).contains("coco_instances_json");
    assertThat(injector.getInstance(SyntheticTasks.class).datasets())
        .isSameAs(injector.getInstance(SyntheticRegistry.class));
  }

  @Test
  void anotherModuleAddsADatasetAndDuplicatesFail() {
    SyntheticDataset extra = new Named("my_data");
    Injector injector = Guice.createInjector(new PlannerModule(), new TasksModule(), new AbstractModule() {
      @Override
      protected void configure() {
        SyntheticBinder.of(binder()).bind(extra);
      }
    });
    assertThat(injector.getInstance(SyntheticRegistry.class).require("my_data")).isSameAs(extra);
    assertThatThrownBy(() -> Guice.createInjector(new PlannerModule(), new TasksModule(), new AbstractModule() {
      @Override
      protected void configure() {
        SyntheticBinder.of(binder()).bind(new Named("sudoku"));
      }
    })).isInstanceOf(CreationException.class).hasMessageContaining("sudoku");
  }

  private record Named(String name) implements SyntheticDataset {
    @Override
    public String description() {
      return "test";
    }

    @Override
    public Example example(long index, SyntheticContext context) {
      return new Example(Map.of("text", "x"), "t#" + index);
    }

    @Override
    public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
      return new Baseline("none", List.of(), List.of());
    }
  }
}
