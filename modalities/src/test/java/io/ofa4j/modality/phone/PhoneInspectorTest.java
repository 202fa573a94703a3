package io.ofa4j.modality.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoneInspectorTest {

  @Test
  void countsPhonesAndListsFallbackWords(@TempDir Path dir) throws IOException {
    Path txt = Files.writeString(dir.resolve("t.txt"), "Red zorbs 7\n");
    Inspection i = new PhoneInspector().inspect(txt, Map.of("stress", "false"));
    assertThat(i.summary()).containsEntry("phones", "R EH D Z AO R B S S EH V AH N").containsEntry("phone_count", 13)
        .containsEntry("letter_to_sound_words", List.of("zorbs"));
    assertThat(i.shape()).containsExactly(13);
    assertThat(i.features()[0]).isEqualTo(PhoneVocabulary.arpabet().id("R"));
  }
}
