package io.ofa4j.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> MODALITIES =
      List.of("AUDIO", "BOX", "IMAGE", "MOTION", "PHONE", "STRUCTURED", "TEXT", "VIDEO");

  @Test
  void suggestsTheClosestName() {
    assertThat(Suggestions.closest("IMGE", MODALITIES)).hasValue("IMAGE");
    assertThat(Suggestions.closest("IAMGE", MODALITIES)).hasValue("IMAGE");
    assertThat(Suggestions.closest("image", MODALITIES)).hasValue("IMAGE");
    assertThat(Suggestions.closest("STRUCTURD", MODALITIES)).hasValue("STRUCTURED");
    assertThat(Suggestions.didYouMean("TXT", MODALITIES)).hasValue("did you mean 'TEXT'?");
  }

  @Test
  void staysSilentWhenNothingIsClose() {
    assertThat(Suggestions.closest("POINTCLOUD", MODALITIES)).isEmpty();
    assertThat(Suggestions.closest("XY", MODALITIES)).isEmpty();
    assertThat(Suggestions.closest("IMAGE", List.of())).isEmpty();
  }

  @Test
  void breaksTiesAlphabetically() {
    assertThat(Suggestions.closest("BAX", List.of("BOX", "BAG", "AAX"))).hasValue("AAX");
  }

  @Test
  void countsTranspositionsAsOneEdit() {
    assertThat(Suggestions.distance("ab", "ba", 3)).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
  }
}
