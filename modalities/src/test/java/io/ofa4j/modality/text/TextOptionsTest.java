package io.ofa4j.modality.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextOptionsTest {

  @Test
  void normalizesCaseAndPunctuationLikeOfasys() {
    assertThat(TextNormalizer.normalize("  Hello, World!  It's   me. ", true, true)).isEqualTo("hello world its me");
    assertThat(TextNormalizer.normalize("A-B", false, false)).isEqualTo("A-B");
    assertThat(TextNormalizer.normalize("A-B", false, true)).isEqualTo("AB");
  }

  @Test
  void readsAttributesAndNamesBadValues() {
    TextOptions o = TextOptions.fromAttributes(Map.of("max_length", "32", "uncased", "", "mask_ratio", "0.3"));
    assertThat(o).isEqualTo(new TextOptions(32, true, false, 0.3, 0));
    assertThatThrownBy(() -> TextOptions.fromAttributes(Map.of("mask_ratio", "lots")))
        .hasMessage("TEXT attribute mask_ratio: not a number: 'lots'");
    assertThatThrownBy(() -> TextOptions.fromAttributes(Map.of("max_length", "3.5")))
        .hasMessage("TEXT attribute max_length: not a whole number: '3.5'");
    assertThatThrownBy(() -> TextOptions.fromAttributes(Map.of("mask_ratio", "1.5")))
        .hasMessage("mask_ratio must be in [0, 1], found 1.5");
    assertThatThrownBy(() -> TextOptions.fromAttributes(Map.of("maxlen", "3"))).hasMessageContaining("unknown TEXT attribute 'maxlen'");
  }

  @Test
  void processorTruncatesAlwaysAndNoisesOnlyWhenTraining() {
    TextTokenProcessor p = new TextTokenProcessor(99, 90);
    int[] tokens = new int[40];
    for (int i = 0; i < 40; i++) {
      tokens[i] = 10 + i;
    }
    TextOptions o = new TextOptions(30, false, false, 0.3, 0.1);
    TextTokenProcessor.Result eval = p.process(tokens, o, false, 1);
    assertThat(eval.raw()).hasSize(30).isEqualTo(eval.inputs());
    TextTokenProcessor.Result train = p.process(tokens, o, true, 1);
    assertThat(train.raw()).hasSize(30);
    assertThat(train.inputs()).isNotEqualTo(train.raw()).contains(99);
  }
}
