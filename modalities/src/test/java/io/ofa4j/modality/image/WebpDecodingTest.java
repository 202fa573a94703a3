package io.ofa4j.modality.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * WebP through TwelveMonkeys. Fixtures: {@code webp_source.png} (ffmpeg testsrc 40x30) encoded
 * with libwebp's {@code cwebp -lossless} and {@code cwebp -q 80}.
 */
class WebpDecodingTest {

  @Test
  void losslessWebpEqualsItsSourceAndLossyIsClose() throws Exception {
    RgbImage png = new ImageLoader().load(resource("webp_source.png"));
    RgbImage lossless = new ImageLoader().load(resource("lossless.webp"));
    assertThat(lossless.width()).isEqualTo(40);
    assertThat(lossless.height()).isEqualTo(30);
    assertThat(lossless.rgb()).isEqualTo(png.rgb());

    RgbImage lossy = new ImageLoader().load(resource("lossy.webp"));
    double sum = 0;
    for (int i = 0; i < png.rgb().length; i++) {
      sum += Math.abs((png.rgb()[i] & 0xff) - (lossy.rgb()[i] & 0xff));
    }
    assertThat(sum / png.rgb().length).isLessThan(20);
    assertThat(new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults()).processImage(lossy).gridThw())
        .containsExactly(1, 4, 6); // 30x40 -> 56x84 through min_pixels
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WebpDecodingTest.class.getResource("/images/" + name).toURI());
  }
}
