package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ofa4j preprocess} for AUDIO: decodes the file, resamples to 16 kHz mono and shows the
 * features (time-major {@code [frames, bins]}) with the sample rates, duration, frame count and the
 * number of adapter tokens (a quarter of the frames). Attributes: see
 * {@link AudioFeatureConfig#fromAttributes}.
 */
public final class AudioInspector implements PreprocessInspector {

  /** Creates the inspector. */
  public AudioInspector() {}

  @Override
  public String modality() {
    return "AUDIO";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    requireNonNull(file, "file is null");
    AudioFeatureConfig config = AudioFeatureConfig.fromAttributes(requireNonNull(attributes, "attributes is null"));
    AudioFeatures f = new AudioPreprocessor(config).process(file, false, 0);
    FeatureMatrix m = f.features();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file.toString());
    s.put("sample_rate_in", f.inputSampleRate());
    s.put("channels_in", f.inputChannels());
    s.put("samples_in", f.inputSamples());
    s.put("duration_s", Math.round(f.durationSeconds() * 1e4) / 1e4);
    s.put("sample_rate_out", WhisperLogMel.SAMPLE_RATE);
    s.put("samples_out", f.samples16k());
    s.put("features", config.kind() == AudioFeatureConfig.Kind.WHISPER ? "whisper_logmel" : "kaldi_fbank");
    s.put("padded_to_30s", config.padTo30s() && config.kind() == AudioFeatureConfig.Kind.WHISPER);
    s.put("mel_bins", m.cols());
    s.put("frames", m.rows());
    s.put("feature_shape", List.of(m.rows(), m.cols()));
    s.put("adapter_tokens", (m.rows() + 3) / 4);
    return new Inspection(s, m.values(), m.shape());
  }
}
