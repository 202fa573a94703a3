package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ofa4j.modality.motion.BvhParser;
import io.ofa4j.modality.motion.Motion6d;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.BuiltInKits;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.modality.video.FfmpegVideoDecoder;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.TrainerConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** The kits' real pre-processing from files (WAV, BVH, MP4, PNG) feeding one training gradient. */
class FileInputsTest {
  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FileInputsTest.class.getResource("/io/ofa4j/modality/" + name).toURI());
  }

  private static void gradientOf(PipelineFixture fx, KitRegistry kits, String instruction, RawExample ex, String key) {
    EncodedExample e = new SequenceBuilder(kits, fx.ctx).encode(PipelineFixture.plan(instruction), ex);
    MultimodalBatch batch = fx.collator.collate(List.of(e));
    LossAndGradients r = new MultimodalTrainer(fx.graph, kits, TrainerConfig.constant(1e-3))
        .gradients(batch, batch.tokens().lossTokenCount());
    double norm = r.gradients().get(key).norm2Number().doubleValue();
    assertThat(norm).as(key).isFinite().isGreaterThan(0);
  }

  @Test
  void wavAndBvhFiles() throws Exception {
    PipelineFixture fx = new PipelineFixture(dir.resolve("a"), DataType.FLOAT, 31);
    Path bvh = resource("motion/small.bvh");
    int width = Motion6d.fromBvh(BvhParser.read(bvh))[0].length;
    KitRegistry kits = BuiltInKits.registry(KitSettings.tiny(PipelineFixture.HIDDEN, width));
    fx.store.keysMatching("adapters\\.motion\\..*").forEach(fx.store::remove); // re-made for the BVH width
    kits.initializeAdapters(fx.store, 32);
    gradientOf(fx, kits, "[AUDIO:a] transcribe -> [TEXT:t]",
        RawExample.of("wav", "a", resource("audio/stereo_22k.wav"), "t", "a tone"), "adapters.audio.conv1.weight");
    gradientOf(fx, kits, "[MOTION:m] describe -> [TEXT:t]",
        RawExample.of("bvh", "m", bvh, "t", "a wave"), "adapters.motion.fc1.weight");
  }

  @Test
  void mp4AndPngFiles() throws Exception {
    assumeTrue(FfmpegVideoDecoder.available(), "ffmpeg is not installed");
    PipelineFixture fx = new PipelineFixture(dir.resolve("b"), DataType.FLOAT, 33);
    Path mp4 = dir.resolve("clip.mp4");
    Process p = new ProcessBuilder("ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i",
        "testsrc=size=64x48:rate=4", "-t", "1", "-pix_fmt", "yuv420p", mp4.toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    gradientOf(fx, fx.kits, "[VIDEO:v] what happens? -> [TEXT:cap]",
        RawExample.of("mp4", "v", mp4, "cap", "colour bars"), "visual.patch_embed.proj.weight");
    Path png = Path.of(FileInputsTest.class.getResource("/images/lossless.webp").toURI());
    gradientOf(fx, fx.kits, "[IMAGE:img] caption -> [TEXT:cap]",
        RawExample.of("webp", "img", png, "cap", "a picture"), "visual.patch_embed.proj.weight");
  }
}
