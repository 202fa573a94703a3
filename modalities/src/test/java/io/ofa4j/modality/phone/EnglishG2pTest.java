package io.ofa4j.modality.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishG2pTest {
  private final EnglishG2p g2p = EnglishG2p.withShippedDictionary();
  private final PhoneVocabulary vocab = PhoneVocabulary.arpabet();

  @Test
  void looksUpDictionaryWordsAndSpellsDigits() {
    assertThat(g2p.phonemize("Hello, this is a test."))
        .containsExactly("HH", "AH0", "L", "OW1", "DH", "IH1", "S", "IH1", "Z", "AH0", "T", "EH1", "S", "T");
    assertThat(g2p.phonemize("42")).containsExactly("F", "AO1", "R", "T", "UW1");
    assertThat(new EnglishG2p(PronouncingDictionary.shipped(), false, true).phonemize("red box"))
        .containsExactly("R", "EH", "D", "sp", "B", "AA", "K", "S");
  }

  @Test
  void unknownWordsFallBackToLetterRules() {
    assertThat(g2p.isKnown("shrimp")).isFalse();
    assertThat(g2p.phonemize("shrimp")).containsExactly("SH", "R", "IH1", "M", "P");
    assertThat(g2p.phonemize("cake")).containsExactly("K", "AE1", "K");
    assertThat(g2p.phonemize("city")).containsExactly("S", "IH1", "T", "IY0");
    assertThat(g2p.phonemize("knight")).containsExactly("N", "AY1", "T");
    assertThat(g2p.phonemize("bottle")).containsExactly("B", "AA1", "T", "AH0", "L");
  }

  @Test
  void everyPhoneProducedIsInTheVocabulary() {
    String text = "The quick brown fox jumps over the lazy dog 0123456789 while zebras whistle xylophones";
    List<String> phones = g2p.phonemize(text);
    assertThat(phones).isNotEmpty();
    for (String p : phones) {
      assertThat(vocab.contains(p)).as(p).isTrue();
    }
    int[] ids = vocab.encode(phones);
    assertThat(vocab.phone(ids[0])).isEqualTo(phones.get(0));
  }

  @Test
  void vocabularyHasArpabetAndRejectsBadFiles() {
    assertThat(vocab.size()).isEqualTo(4 + 24 + 15 * 4);
    assertThat(vocab.id("<blank>")).isZero();
    assertThat(vocab.id("QQ")).isEqualTo(vocab.id("<unk>"));
    assertThatThrownBy(() -> PhoneVocabulary.read(stream("AA\nB\nAA\n"), "v.txt"))
        .hasMessage("v.txt:3: duplicate phone 'AA'");
    assertThatThrownBy(() -> PronouncingDictionary.read(stream("CAT  K AE1 T\nDOG  D ao1 G\n"), "d.txt"))
        .hasMessage("d.txt:2: 'ao1' is not an ARPAbet phone");
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
