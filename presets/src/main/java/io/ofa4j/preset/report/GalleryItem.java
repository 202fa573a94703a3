package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.awt.image.BufferedImage;

/** One prediction shown in the report's gallery. */
public sealed interface GalleryItem {
  /** Heading of the item (e.g. task and example id). */
  String title();

  /**
   * An image with its predicted caption and (optionally) box drawn on it.
   *
   * @param title heading
   * @param image the input image
   * @param caption predicted text, or {@code null}
   * @param box predicted box, or {@code null}
   * @param reference the reference answer shown below, or {@code null}
   */
  record ImagePrediction(String title, BufferedImage image, String caption, Box box, String reference)
      implements GalleryItem {
    public ImagePrediction {
      requireNonNull(title, "title is null");
      requireNonNull(image, "image is null");
    }
  }

  /**
   * An audio clip with its predicted transcript.
   *
   * @param title heading
   * @param wav the clip as a WAV file's bytes
   * @param transcript predicted transcript
   * @param reference reference transcript, or {@code null}
   */
  record AudioPrediction(String title, byte[] wav, String transcript, String reference) implements GalleryItem {
    public AudioPrediction {
      requireNonNull(title, "title is null");
      requireNonNull(wav, "wav is null");
      requireNonNull(transcript, "transcript is null");
      if (wav.length < 12 || wav[0] != 'R' || wav[1] != 'I' || wav[2] != 'F' || wav[3] != 'F'
          || wav[8] != 'W' || wav[9] != 'A' || wav[10] != 'V' || wav[11] != 'E') {
        throw new IllegalArgumentException("audio of gallery item '" + title + "' is not a RIFF/WAVE file ("
            + wav.length + " bytes)");
      }
    }
  }
}
