package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.SpanMarkers;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AUDIO: a waveform encoded as Whisper log-mel frames by an audio encoder, inside
 * {@code <|audio_bos|>}…{@code <|audio_eos|>} (Qwen2-Audio). As a target it needs the generative
 * fbank adapter ({@code adaptor=audio_tgt_fbank}, OFASys TTS), which is planned only.
 */
@ModalityName("AUDIO")
public final class AudioDescriptor extends BaseDescriptor {

  static final String TARGET_ADAPTER = "audio_tgt_fbank";

  /** The built-in descriptor. */
  public AudioDescriptor() {
    super("AUDIO", "speech audio, embedded by the audio encoder", Encoding.EMBEDDINGS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.integer("n_frames_per_step", 1, 1, 16L,
                "fbank frames produced per decoding step (TTS targets)"),
            AttributeSpec.flag("use_mask", "mask spans of frames while training (SpecAugment)"))),
        List.of("audio_logmel", "audio_fbank"), List.of("audio_whisper", TARGET_ADAPTER),
        List.of("audio_vocoder"));
  }

  @Override
  public Optional<SpanMarkers> spanMarkers() {
    return Optional.of(new SpanMarkers("<|audio_bos|>", "<|audio_eos|>", PositionScheme.ROPE_1D));
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public String defaultPreprocessor(Side side, SlotAttributes attributes) {
    return TARGET_ADAPTER.equals(attributes.text(CommonAttributes.ADAPTOR))
        ? "audio_fbank" : "audio_logmel";
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    if (TARGET_ADAPTER.equals(adapter)) {
      Map<String, String> options = new LinkedHashMap<>();
      options.put("frames", "fbank");
      options.put("n_frames_per_step", Long.toString(attributes.integer("n_frames_per_step")));
      return new TargetSupport.Generatable(LossRule.MODALITY_LOSS, GeneratorKind.PLANNED_ONLY,
          options, "planned only: speech generation is not implemented");
    }
    return new TargetSupport.NotGeneratable(
        "an AUDIO target needs a generative adapter, but adaptor '" + adapter
            + "' only encodes audio",
        "write adaptor=audio_tgt_fbank (planned only: speech generation is not implemented)");
  }
}
