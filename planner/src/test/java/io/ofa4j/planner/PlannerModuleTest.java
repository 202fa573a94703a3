package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.ofa4j.planner.modality.BoxDescriptor;
import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerModuleTest {

  @Test
  void injectorHasAllNineBuiltInModalities() {
    Injector injector = Guice.createInjector(Stage.PRODUCTION, new PlannerModule());
    ModalityRegistry registry = injector.getInstance(ModalityRegistry.class);
    assertThat(registry.names()).containsExactly("AUDIO", "BOX", "CATEGORY", "IMAGE", "MOTION",
        "PHONE", "STRUCT", "TEXT", "VIDEO");
    assertThat(registry.find("BOUNDING_BOX")).get().extracting(ModalityDescriptor::name)
        .isEqualTo("BOX");
    assertThat(registry.find("STRUCTURED")).get().extracting(ModalityDescriptor::name)
        .isEqualTo("STRUCT");
    assertThat(injector.getInstance(Planner.class).registry()).isSameAs(registry);
  }

  @Test
  void aTenthModalityNeedsOneBinding() {
    Injector injector = Guice.createInjector(Stage.PRODUCTION, new PlannerModule(),
        new AbstractModule() {
          @Override
          protected void configure() {
            ModalityBinder.modalityBinder(binder()).bind(HeatmapDescriptor.class);
          }
        });
    ModalityRegistry registry = injector.getInstance(ModalityRegistry.class);
    assertThat(registry.names()).hasSize(10).contains("HEATMAP");
    assertThat(registry.find("HEAT")).get().isInstanceOf(HeatmapDescriptor.class);
  }

  @Test
  void rejectsASecondDescriptorForTheSameModality() {
    assertThatThrownBy(() -> Guice.createInjector(Stage.PRODUCTION, new PlannerModule(),
        new AbstractModule() {
          @Override
          protected void configure() {
            ModalityBinder.modalityBinder(binder()).bind(OtherImageDescriptor.class);
          }
        }))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("IMAGE");
  }

  @Test
  void rejectsADescriptorWithoutName() {
    assertThatThrownBy(() -> Guice.createInjector(new AbstractModule() {
      @Override
      protected void configure() {
        ModalityBinder.modalityBinder(binder()).bind(UnnamedDescriptor.class);
      }
    })).isInstanceOf(CreationException.class).hasMessageContaining("@ModalityName");
  }

  @Test
  void rejectsAnAliasTakenTwice() {
    assertThatThrownBy(() -> ModalityRegistry.of(List.of(new HeatmapDescriptor("HEATMAP", "BOX"),
        new BoxDescriptor())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("modality spelling 'BOX' of HEATMAP is already taken by BOX");
  }

  /** A test modality: a saliency heatmap input. */
  @ModalityName("HEATMAP")
  static class HeatmapDescriptor implements ModalityDescriptor {
    private final String name;
    private final String alias;

    HeatmapDescriptor() {
      this("HEATMAP", "HEAT");
    }

    HeatmapDescriptor(String name, String alias) {
      this.name = name;
      this.alias = alias;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<String> aliases() {
      return Set.of(alias);
    }

    @Override
    public String description() {
      return "a saliency heatmap";
    }

    @Override
    public List<AttributeSpec> attributes() {
      return List.of();
    }

    @Override
    public Encoding encoding() {
      return Encoding.EMBEDDINGS;
    }

    @Override
    public boolean canBeTarget() {
      return false;
    }

    @Override
    public List<String> preprocessors() {
      return List.of("heatmap");
    }

    @Override
    public List<String> adapters() {
      return List.of("heatmap");
    }

    @Override
    public List<String> postprocessors() {
      return List.of();
    }

    @Override
    public String defaultPreprocessor(Side side, SlotAttributes attributes) {
      return "heatmap";
    }

    @Override
    public String defaultAdapter(Side side, SlotAttributes attributes) {
      return "heatmap";
    }

    @Override
    public String postprocessor(String adapter) {
      return "none";
    }

    @Override
    public TargetSupport targetSupport(SlotAttributes a, String p, String ad) {
      return new TargetSupport.NotGeneratable("HEATMAP is input only", null);
    }
  }

  /** A second descriptor claiming IMAGE. */
  @ModalityName("IMAGE")
  static final class OtherImageDescriptor extends HeatmapDescriptor {
    OtherImageDescriptor() {
      super("IMAGE", "PICTURE");
    }
  }

  /** A descriptor without {@code @ModalityName}. */
  static final class UnnamedDescriptor extends HeatmapDescriptor {}
}
