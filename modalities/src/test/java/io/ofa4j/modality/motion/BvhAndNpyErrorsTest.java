package io.ofa4j.modality.motion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BvhAndNpyErrorsTest {

  private static String bvh() throws IOException {
    return new String(Motion6dTest.resource("small.bvh"), StandardCharsets.UTF_8);
  }

  @Test
  void bvhErrorsNameFileAndLine() throws IOException {
    String ok = bvh();
    String shortFrame = ok.substring(0, ok.stripTrailing().lastIndexOf(' '));
    assertThatThrownBy(() -> BvhParser.parse(shortFrame, "m.bvh"))
        .hasMessageMatching("m\\.bvh:\\d+: frame 5 has 14 values, the hierarchy has 15 channels");
    String truncated = ok.substring(0, ok.indexOf("Frame Time")) + "Frame Time: 0.03\n1 2 3\n";
    assertThatThrownBy(() -> BvhParser.parse(truncated, "t.bvh")).hasMessageContaining("t.bvh:");
    assertThatThrownBy(() -> BvhParser.parse(ok.replace("CHANNELS 3 Zrotation Xrotation Yrotation\n    JOINT Head",
        "CHANNELS 3 Zrotation Wrotation Yrotation\n    JOINT Head"), "c.bvh"))
        .hasMessageContaining("unknown channel 'Wrotation'");
    assertThatThrownBy(() -> BvhParser.parse("HIERARCHY\nJOINT x\n", "j.bvh")).hasMessage("j.bvh:2: expected ROOT, found 'JOINT x'");
    assertThatThrownBy(() -> BvhParser.parse(ok.replace("Frames: 6", "Frames: 99999999"), "f.bvh"))
        .hasMessageContaining("'Frames: 99999999' but only");
  }

  @Test
  void npyErrorsNameFileAndValue() throws IOException {
    byte[] ok = Motion6dTest.resource("small_frames_f64.npy");
    assertThatThrownBy(() -> NpyReader.decode(Arrays.copyOf(ok, ok.length - 8), "cut.npy"))
        .hasMessage("cut.npy: truncated data: shape needs 720 bytes, 712 present");
    byte[] i8 = ok.clone();
    String header = new String(i8, StandardCharsets.ISO_8859_1);
    int at = header.indexOf("<f8");
    i8[at + 1] = 'i';
    assertThatThrownBy(() -> NpyReader.decode(i8, "int.npy")).hasMessage("int.npy: unsupported dtype '<i8' (float32 and float64 are read)");
    byte[] fortran = new String(ok, StandardCharsets.ISO_8859_1).replace("'fortran_order': False", "'fortran_order': True ")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> NpyReader.decode(fortran, "f.npy")).hasMessageContaining("fortran_order");
    assertThatThrownBy(() -> NpyReader.decode("hello world".getBytes(StandardCharsets.UTF_8), "x.npy"))
        .hasMessageContaining("x.npy: not a .npy file");
  }
}
