package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.modality.pipeline.kit.BuiltInKits;
import io.ofa4j.modality.pipeline.kit.CategoryKit;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.kit.ModalitiesModule;
import io.ofa4j.modality.pipeline.kit.ModalityKitBinder;
import io.ofa4j.modality.vision.VisionTowerConfig;
import io.ofa4j.planner.modality.BuiltInModalities;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class KitWiringTest {
  /** A second TEXT kit: clashes with the built-in one. */
  @io.ofa4j.planner.spi.ModalityName("TEXT")
  public static final class OtherText implements io.ofa4j.modality.pipeline.kit.ModalityKit {
    @Override
    public String modality() {
      return "TEXT";
    }

    @Override
    public io.ofa4j.modality.pipeline.kit.SlotEncoding encode(io.ofa4j.planner.plan.SlotPlan slot, Object value,
        io.ofa4j.modality.pipeline.kit.KitContext ctx, io.ofa4j.modality.pipeline.kit.ExampleState state) {
      return new io.ofa4j.modality.pipeline.kit.SlotEncoding.Tokens(new int[] {0});
    }
  }

  private static final KitSettings SETTINGS = KitSettings.tiny(16, 12);

  @Test
  void guiceAndPlainJavaGiveTheSameKits() {
    KitRegistry injected = Guice.createInjector(new ModalitiesModule(SETTINGS)).getInstance(KitRegistry.class);
    KitRegistry plain = BuiltInKits.registry(SETTINGS);
    for (String m : new String[] {"TEXT", "CATEGORY", "BOX", "STRUCT", "PHONE", "IMAGE", "VIDEO", "AUDIO", "MOTION"}) {
      assertThat(injected.kit(m).getClass()).isEqualTo(plain.kit(m).getClass());
    }
    assertThat(injected.adapters()).extracting(a -> a.name())
        .containsExactlyInAnyOrderElementsOf(plain.adapters().stream().map(a -> a.name()).toList());
  }

  @Test
  void everyPlannerModalityHasAKit() {
    KitRegistry plain = BuiltInKits.registry(SETTINGS);
    for (var d : BuiltInModalities.all()) {
      assertThat(plain.find(d.name())).as(d.name()).isPresent();
    }
  }

  @Test
  void duplicateKitsAndMismatchedAdapterWidthsAreRejected() {
    assertThatThrownBy(() -> Guice.createInjector(new ModalitiesModule(SETTINGS), new AbstractModule() {
      @Override
      protected void configure() {
        ModalityKitBinder.kitBinder(binder()).bind(OtherText.class);
      }
    })).isInstanceOf(CreationException.class).hasMessageContaining("TEXT");
    assertThatThrownBy(() -> new KitSettings(16, VisionTowerConfig.small(32), new AudioAdapterConfig(80, 8, 16, 3), 12, 8, 1000))
        .hasMessageContaining("32").hasMessageContaining("16");
    assertThatThrownBy(() -> BuiltInKits.registry(SETTINGS).kit("SMELL")).hasMessageContaining("SMELL")
        .hasMessageContaining("IMAGE");
    assertThat(new CategoryKit().modality()).isEqualTo("CATEGORY");
  }
}
