package io.ofa4j.modality.pipeline.vocab;

import io.ofa4j.modality.box.LocationVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The special tokens the modality kits write into sequences, in the order they are appended to a
 * vocabulary that lacks them. Names follow Qwen2-VL ({@code <|vision_start|>}, {@code
 * <|image_pad|>}, {@code <|box_start|>}), Qwen-Audio ({@code <|audio_bos|>}) and OFA ({@code
 * <bin_0>} … {@code <bin_999>}, the 1000 location bins, kept contiguous so that {@link
 * LocationVocabulary} maps bin {@code i} to id {@code id(<bin_0>) + i}).
 */
public final class ModalityTokens {
  /** Qwen2-VL vision span start. */
  public static final String VISION_START = "<|vision_start|>";
  /** Qwen2-VL vision span end. */
  public static final String VISION_END = "<|vision_end|>";
  /** Placeholder of one merged image token. */
  public static final String IMAGE_PAD = "<|image_pad|>";
  /** Placeholder of one merged video token. */
  public static final String VIDEO_PAD = "<|video_pad|>";
  /** Audio span start (the planner's AUDIO markers). */
  public static final String AUDIO_BOS = "<|audio_bos|>";
  /** Audio span end. */
  public static final String AUDIO_EOS = "<|audio_eos|>";
  /** Placeholder of one audio frame embedding. */
  public static final String AUDIO_PAD = "<|audio_pad|>";
  /** Motion span start (the planner's MOTION markers). */
  public static final String MOTION_START = "<|motion_start|>";
  /** Motion span end. */
  public static final String MOTION_END = "<|motion_end|>";
  /** Placeholder of one motion frame embedding. */
  public static final String MOTION_PAD = "<|motion_pad|>";
  /** Placeholder of one phone embedding. */
  public static final String PHONE_PAD = "<|phone_pad|>";
  /** Qwen-VL box text start. */
  public static final String BOX_START = "<|box_start|>";
  /** Qwen-VL box text end. */
  public static final String BOX_END = "<|box_end|>";
  /** Mask token of text span masking (OFA's {@code <mask>}). */
  public static final String MASK = "<|mask|>";

  private ModalityTokens() {}

  /** Every marker and placeholder token, then the {@code numBins} location tokens. */
  public static List<String> all(int numBins) {
    List<String> out = new ArrayList<>(List.of(VISION_START, VISION_END, IMAGE_PAD, VIDEO_PAD,
        AUDIO_BOS, AUDIO_EOS, AUDIO_PAD, MOTION_START, MOTION_END, MOTION_PAD, BOX_START, BOX_END,
        MASK, PHONE_PAD, "<|audio_start|>", "<|audio_end|>"));
    for (int i = 0; i < numBins; i++) {
      out.add(bin(i));
    }
    return out;
  }

  /** The name of location bin {@code i}. */
  public static String bin(int i) {
    return "<bin_" + i + ">";
  }
}
