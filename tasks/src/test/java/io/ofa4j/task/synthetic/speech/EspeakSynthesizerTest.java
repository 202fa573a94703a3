package io.ofa4j.task.synthetic.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.ofa4j.modality.audio.AudioReader;
import io.ofa4j.modality.audio.PcmAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakSynthesizerTest {
  private static final EspeakSynthesizer TTS = new EspeakSynthesizer();
  @TempDir Path dir;

  @BeforeAll
  static void needsEspeak() {
    assumeThat(TTS.available())
        .as("espeak-ng is not installed here (./ofa4j setup installs it)").isTrue();
  }

  @Test
  void speaksDeterministicallyAt16kHz() throws IOException {
    Utterance u = new UtteranceGenerator(3, 3).utterance(11);
    float[] a = TTS.speak(u);
    float[] b = TTS.speak(u);
    assertThat(a).containsExactly(b);
    double seconds = a.length / (double) EspeakSynthesizer.SAMPLE_RATE;
    assertThat(seconds).isBetween(0.2, 5.0);
    double energy = 0;
    for (float s : a) {
      energy += s * s;
    }
    assertThat(Math.sqrt(energy / a.length)).isGreaterThan(0.01);
    Path wav = dir.resolve("u.wav");
    EspeakSynthesizer.writeWav(a, wav);
    PcmAudio back = AudioReader.read(wav);
    assertThat(back.sampleRate()).isEqualTo(16_000);
    assertThat(back.numSamples()).isEqualTo(a.length);
    assertThat(Files.size(wav)).isEqualTo(44 + 2L * a.length);
  }

  @Test
  void voicesAndSpeedsChangeTheAudio() {
    float[] slow = TTS.speak(new Utterance("seven", "en-us", 140, 50));
    float[] fast = TTS.speak(new Utterance("seven", "en-us", 200, 50));
    float[] other = TTS.speak(new Utterance("seven", "en-gb-scotland", 140, 50));
    assertThat(fast.length).isLessThan(slow.length);
    assertThat(other).isNotEqualTo(slow);
  }

  @Test
  void utterancesDependOnlyOnSeedAndIndex() {
    UtteranceGenerator g = new UtteranceGenerator(5, 3);
    Utterance u = g.utterance(42);
    g.utterance(7);
    assertThat(new UtteranceGenerator(5, 3).utterance(42)).isEqualTo(u);
    assertThat(u.text().split(" ")).allSatisfy(w -> assertThat(UtteranceGenerator.WORDS).contains(w));
  }
}
