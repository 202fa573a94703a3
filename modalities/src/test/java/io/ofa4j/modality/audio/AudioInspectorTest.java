package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioInspectorTest {

  @Test
  void summarisesRatesDurationFramesAndShape(@TempDir Path dir) throws IOException {
    float[] l = TestWavs.sine(440, 0.3, 44100, 44100);
    Path wav = dir.resolve("a.wav");
    Files.write(wav, TestWavs.wav(new float[][] {l, l}, 44100, 24, false));
    Inspection i = new AudioInspector().inspect(wav, Map.of("mel_bins", "128"));
    assertThat(i.summary()).containsEntry("sample_rate_in", 44100).containsEntry("channels_in", 2)
        .containsEntry("duration_s", 1.0).containsEntry("sample_rate_out", 16000).containsEntry("samples_out", 16000)
        .containsEntry("frames", 100).containsEntry("feature_shape", List.of(100, 128)).containsEntry("adapter_tokens", 25);
    assertThat(i.shape()).containsExactly(100, 128);
    assertThat(i.features()).hasSize(100 * 128);
    Inspection fb = new AudioInspector().inspect(wav, Map.of("features", "fbank"));
    assertThat(fb.shape()).containsExactly(98, 80);
  }

  @Test
  void badInputNamesFileAndValue(@TempDir Path dir) throws IOException {
    Path tiny = dir.resolve("tiny.wav");
    Files.write(tiny, TestWavs.wav(new float[][] {new float[50]}, 16000, 16, false));
    assertThatThrownBy(() -> new AudioInspector().inspect(tiny, Map.of()))
        .isInstanceOf(AudioFormatException.class).hasMessageContaining("tiny.wav: waveform of 50 samples");
    Path nan = dir.resolve("nan.wav");
    float[] x = new float[1600];
    x[7] = Float.NaN;
    Files.write(nan, TestWavs.wav(new float[][] {x}, 16000, 32, true));
    assertThatThrownBy(() -> new AudioInspector().inspect(nan, Map.of())).hasMessageContaining("nan.wav: sample 7 is NaN");
    Path longFile = dir.resolve("long.wav");
    Files.write(longFile, TestWavs.wav(new float[][] {new float[4000]}, 1, 8, false));
    assertThatThrownBy(() -> new AudioInspector().inspect(longFile, Map.of()))
        .hasMessageContaining("long.wav: audio of 4000 s exceeds the 3600 s limit");
    assertThatThrownBy(() -> new AudioInspector().inspect(tiny, Map.of("features", "mfcc")))
        .hasMessage("AUDIO attribute features: expected whisper or fbank, found 'mfcc'");
    assertThatThrownBy(() -> new AudioInspector().inspect(tiny, Map.of("bins", "80")))
        .hasMessageContaining("unknown AUDIO attribute 'bins'");
  }
}
