package io.ofa4j.modality.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BoxQuantizerTest {
  private final LocationVocabulary vocab = new LocationVocabulary(151_646, 1000);
  private final BoxQuantizer quantizer = new BoxQuantizer(vocab);

  @Test
  void roundTripsManyRandomBoxesWithinOneBin() {
    SplittableRandom rng = new SplittableRandom(42);
    for (int n = 0; n < 5000; n++) {
      int w = 1 + rng.nextInt(4000);
      int h = 1 + rng.nextInt(4000);
      double scale = 512.0 / Math.max(w, h); // OFASys RandomResize([512], max_size=512) keeps the aspect ratio
      int rw = Math.max(1, (int) Math.round(w * scale));
      int rh = Math.max(1, (int) Math.round(h * scale));
      ImageResize resize = new ImageResize(w, h, rw, rh, 512);
      double x0 = rng.nextDouble() * w;
      double x1 = x0 + rng.nextDouble() * (w - x0);
      double y0 = rng.nextDouble() * h;
      double y1 = y0 + rng.nextDouble() * (h - y0);
      BoundingBox box = new BoundingBox(x0, y0, x1, y1);
      int[] ids = quantizer.encode(box, resize);
      for (int id : ids) {
        assertThat(vocab.isLocation(id)).isTrue();
      }
      BoundingBox back = quantizer.decode(ids, resize);
      double binX = 512.0 / 999 / resize.scaleX();
      double binY = 512.0 / 999 / resize.scaleY();
      assertThat(back.x0()).isCloseTo(x0, Offset.offset(binX));
      assertThat(back.x1()).isCloseTo(x1, Offset.offset(binX));
      assertThat(back.y0()).isCloseTo(y0, Offset.offset(binY));
      assertThat(back.y1()).isCloseTo(y1, Offset.offset(binY));
    }
  }

  @Test
  void followsTheOfaFormula() {
    // 640x480 resized to 512x384; x = 320 px -> 256 resized -> round(256 / 512 * 999) = round(499.5) = 500 (half even)
    ImageResize resize = new ImageResize(640, 480, 512, 384, 512);
    int[] bins = quantizer.bins(new BoundingBox(320, 0, 640, 480), resize);
    assertThat(bins).containsExactly(500, 0, 999, 749);
    assertThat(quantizer.encodeText(new BoundingBox(320, 0, 640, 480), resize))
        .isEqualTo("<bin_500> <bin_0> <bin_999> <bin_749>");
    assertThat(quantizer.encode(new BoundingBox(0, 0, 640, 480), resize)[2]).isEqualTo(151_646 + 999);
  }

  @Test
  void generatedCornersInEitherOrderDecodeToAValidBox() {
    ImageResize resize = new ImageResize(640, 480, 512, 384, 512);
    BoundingBox straight = quantizer.decode(
        new int[] {vocab.id(100), vocab.id(200), vocab.id(300), vocab.id(400)}, resize);
    BoundingBox swapped = quantizer.decode(
        new int[] {vocab.id(300), vocab.id(400), vocab.id(100), vocab.id(200)}, resize);
    assertThat(swapped).isEqualTo(straight);
    assertThat(straight.x1()).isGreaterThan(straight.x0());
  }

  @Test
  void vocabularyNamesAndIds() {
    assertThat(vocab.size()).isEqualTo(152_646);
    assertThat(vocab.name(7)).isEqualTo("<bin_7>");
    assertThat(vocab.parseName("<bin_999>")).isEqualTo(999);
    assertThat(vocab.bin(151_646 + 3)).isEqualTo(3);
    assertThatThrownBy(() -> vocab.bin(5)).hasMessageContaining("token id 5 is not a location token");
    assertThatThrownBy(() -> vocab.parseName("<bin_1000>")).hasMessageContaining("location bin 1000");
    assertThatThrownBy(() -> quantizer.decode(new int[] {vocab.id(1), vocab.id(2), 17, vocab.id(3)},
        ImageResize.identity(10, 10))).hasMessageContaining("token id 17");
  }

  @Test
  void badBoxesNameTheSlotValue() {
    assertThatThrownBy(() -> BoxParser.parse("10,20,5,30", 100, 100))
        .hasMessage("BOX value '10,20,5,30': box 10,20,5,30: x1 (5.0) < x0 (10.0)");
    assertThatThrownBy(() -> BoxParser.parse("10,20,50,130", 100, 100))
        .hasMessage("BOX value '10,20,50,130': box 10,20,50,130 lies outside the 100x100 image");
    assertThatThrownBy(() -> BoxParser.parse("NaN,1,2,3", 100, 100))
        .hasMessageStartingWith("BOX value 'NaN,1,2,3': box coordinates must be finite");
    assertThatThrownBy(() -> BoxParser.parse("1,2,3", 100, 100))
        .hasMessage("BOX value '1,2,3': expected 4 comma-separated numbers x0,y0,x1,y1, found 3");
    assertThatThrownBy(() -> BoxParser.parse("1,2,x,4", 100, 100))
        .hasMessage("BOX value '1,2,x,4': coordinate 3 is not a number: 'x'");
    assertThat(BoxParser.parse(" 1, 2,30.5,40 ", 100, 100)).isEqualTo(new BoundingBox(1, 2, 30.5, 40));
  }
}
