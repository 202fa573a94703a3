package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.synthetic.video.Clip;
import io.ofa4j.task.synthetic.video.ClipGenerator;
import io.ofa4j.task.synthetic.video.ClipWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Moving-shape clips ({@code video_*}): clip {@code i} of {@link ClipGenerator} ({@value #SIZE}x
 * {@value #SIZE}, {@value #FRAMES} frames at {@value #FPS} fps) written by ffmpeg to {@code
 * <cache>/NNNNNN.mp4}. Classification labels the motion (left, right, up, down, still); captions
 * say "a red circle moves to the left"; questions ask for the direction, the colour or the shape,
 * each answered by one word seen in the clip. Baselines: majority class, most frequent caption,
 * most frequent answer.
 */
final class VideoDataset implements SyntheticDataset {
  static final int SIZE = 112;
  static final int FRAMES = 8;
  static final int FPS = 4;

  /** The video tasks. */
  enum Kind {
    CLASSIFICATION("video_classification", "label_name"),
    CAPTION("video_caption", "cap"),
    QA("video_qa", "answer");

    final String generator;
    final String target;

    Kind(String generator, String target) {
      this.generator = generator;
      this.target = target;
    }
  }

  private final Kind kind;

  VideoDataset(Kind kind) {
    this.kind = requireNonNull(kind, "kind is null");
  }

  @Override
  public String name() {
    return kind.generator;
  }

  @Override
  public String description() {
    return "moving shapes, " + FRAMES + "-frame MP4: " + switch (kind) {
      case CLASSIFICATION -> "motion direction";
      case CAPTION -> "captions";
      case QA -> "direction / colour / shape questions";
    };
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Clip clip = new ClipGenerator(context.seed(), SIZE, SIZE, FRAMES).clip(index);
    Path mp4 = context.media().file(String.format("%06d.mp4", index),
        p -> ClipWriter.writeMp4(clip, FPS, p));
    String origin = name() + "#" + index;
    return switch (kind) {
      case CLASSIFICATION -> new Example(Map.of("video", mp4, "label_name", clip.motion().word()), origin);
      case CAPTION -> new Example(Map.of("video", mp4, "cap", clip.caption()), origin);
      case QA -> {
        String[] qa = switch (context.random(index, 1).nextInt(3)) {
          case 0 -> new String[] {"which way does the shape move?", clip.motion().word()};
          case 1 -> new String[] {"what colour is the moving shape?", clip.colour().word()};
          default -> new String[] {"what shape is in the video?", clip.shape().noun()};
        };
        yield new Example(Map.of("video", mp4, "question", qa[0], "answer", qa[1]), origin);
      }
    };
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    String what = switch (kind) {
      case CLASSIFICATION -> "majority class";
      case CAPTION -> "most frequent caption";
      case QA -> "most frequent answer";
    };
    return Baselines.constant(train, eval, kind.target, what);
  }
}
