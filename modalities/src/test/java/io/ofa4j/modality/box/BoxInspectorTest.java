package io.ofa4j.modality.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxInspectorTest {

  @Test
  void showsBinsTokensAndQwenForm(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("img.png");
    ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Inspection i = new BoxInspector().inspect(png, Map.of("box", "320,0,640,480"));
    assertThat(i.summary()).containsEntry("image_size", List.of(640, 480)).containsEntry("resized_size", List.of(512, 384))
        .containsEntry("bins", List.of(500, 0, 999, 749))
        .containsEntry("tokens", "<bin_500> <bin_0> <bin_999> <bin_749>")
        .containsEntry("qwen_vl", "<|box_start|>(500,0),(1000,1000)<|box_end|>");
    assertThat(i.features()).containsExactly(500, 0, 999, 749);
    assertThatThrownBy(() -> new BoxInspector().inspect(png, Map.of("box", "0,0,700,10")))
        .hasMessage("BOX value '0,0,700,10': box 0,0,700,10 lies outside the 640x480 image");
  }
}
