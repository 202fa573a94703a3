package io.ofa4j.runtime.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Malformed files are rejected with a message naming the file, tensor and value. */
class SafetensorsMalformedTest {
  @TempDir Path dir;

  private Path file(String name, long headerLength, String header, int dataBytes) throws IOException {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + json.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(headerLength).put(json);
    Path p = dir.resolve(name);
    Files.write(p, b.array());
    return p;
  }

  private Path file(String name, String header, int dataBytes) throws IOException {
    return file(name, header.getBytes(StandardCharsets.UTF_8).length, header, dataBytes);
  }

  @Test
  void truncatedBeforeHeaderLength() throws IOException {
    Path p = dir.resolve("short.safetensors");
    Files.write(p, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("short.safetensors")
        .hasMessageContaining("truncated");
  }

  @Test
  void headerLengthBeyondFileIsRejectedWithoutAllocating() throws IOException {
    Path p = file("huge.safetensors", Long.MAX_VALUE - 3, "{}", 0);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class)
        .hasMessageContaining("header length " + (Long.MAX_VALUE - 3))
        .hasMessageContaining("does not fit");
    Path negative = file("neg.safetensors", -8, "{}", 0);
    assertThatThrownBy(() -> SafetensorsFile.open(negative))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("does not fit");
  }

  @Test
  void notJson() throws IOException {
    Path p = file("bad.safetensors", "{\"a\": [", 0);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void unknownDtypeNamesTensor() throws IOException {
    Path p = file("d.safetensors",
        "{\"w\":{\"dtype\":\"F8_E4M3\",\"shape\":[2],\"data_offsets\":[0,2]}}", 2);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class)
        .hasMessageContaining("d.safetensors").hasMessageContaining("'w'")
        .hasMessageContaining("F8_E4M3");
  }

  @Test
  void shapeByteCountMismatch() throws IOException {
    Path p = file("s.safetensors",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,20]}}", 20);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("'w'")
        .hasMessageContaining("20 bytes").hasMessageContaining("needs 24");
  }

  @Test
  void offsetsPastEndOfFile() throws IOException {
    Path p = file("t.safetensors",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 8);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("'w'")
        .hasMessageContaining("run past the data section of 8 bytes");
  }

  @Test
  void overlappingOffsets() throws IOException {
    Path p = file("o.safetensors",
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("'b'")
        .hasMessageContaining("overlap tensor 'a'");
  }

  @Test
  void negativeOrNonIntegerShape() throws IOException {
    Path p = file("n.safetensors",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4);
    assertThatThrownBy(() -> SafetensorsFile.open(p))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("'w'")
        .hasMessageContaining("shape ([-1])");
  }

  @Test
  void missingAndUnexpectedShardTensors() throws IOException {
    Path ckpt = dir.resolve("ckpt");
    Files.createDirectories(ckpt);
    SafetensorsWriter.write(ckpt.resolve("model-00001-of-00001.safetensors"),
        Map.of("x", Nd4j.ones(DataType.FLOAT, 2)), Map.of());
    Files.writeString(ckpt.resolve(SafetensorsCheckpoint.INDEX_FILE),
        "{\"weight_map\":{\"x\":\"model-00001-of-00001.safetensors\","
            + "\"y\":\"model-00001-of-00001.safetensors\"}}");
    assertThatThrownBy(() -> SafetensorsCheckpoint.load(ckpt, new ParameterStore(), false))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("missing tensor 'y'");
    Files.writeString(ckpt.resolve(SafetensorsCheckpoint.INDEX_FILE), "{\"weight_map\":{}}");
    SafetensorsWriter.write(ckpt.resolve("model-00001-of-00001.safetensors"),
        Map.of("x", Nd4j.ones(DataType.FLOAT, 2)), Map.of());
    Files.writeString(ckpt.resolve(SafetensorsCheckpoint.INDEX_FILE),
        "{\"weight_map\":{\"x\":\"model-00001-of-00001.safetensors\","
            + "\"z\":\"model-00002.safetensors\"}}");
    assertThatThrownBy(() -> SafetensorsCheckpoint.load(ckpt, new ParameterStore(), false))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("shard 'model-00002.safetensors'")
        .hasMessageContaining("'z'");
  }

  @Test
  void unexpectedTensorInShard() throws IOException {
    Path ckpt = dir.resolve("ckpt2");
    Files.createDirectories(ckpt);
    SafetensorsWriter.write(ckpt.resolve("s1.safetensors"),
        Map.of("x", Nd4j.ones(DataType.FLOAT, 2), "extra", Nd4j.ones(DataType.FLOAT, 1)), Map.of());
    Files.writeString(ckpt.resolve(SafetensorsCheckpoint.INDEX_FILE),
        "{\"weight_map\":{\"x\":\"s1.safetensors\"}}");
    assertThatThrownBy(() -> SafetensorsCheckpoint.load(ckpt, new ParameterStore(), false))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("unexpected tensor 'extra'");
  }

  @Test
  void truncatedDataOfAValidFile() throws IOException {
    Path p = dir.resolve("ok.safetensors");
    SafetensorsWriter.write(p, Map.of("w", Nd4j.ones(DataType.FLOAT, 64)), Map.of());
    byte[] all = Files.readAllBytes(p);
    Path cut = dir.resolve("cut.safetensors");
    Files.write(cut, Arrays.copyOf(all, all.length - 10));
    assertThatThrownBy(() -> SafetensorsFile.open(cut))
        .isInstanceOf(SafetensorsException.class).hasMessageContaining("cut.safetensors")
        .hasMessageContaining("'w'");
  }

  @Test
  void randomCorruptionsOnlyEverRaiseSafetensorsException() throws IOException {
    Path p = dir.resolve("base.safetensors");
    SafetensorsWriter.write(p, Map.of("a", Nd4j.ones(DataType.FLOAT, 3, 4),
        "b", Nd4j.ones(DataType.HALF, 5)), Map.of("format", "pt"));
    byte[] base = Files.readAllBytes(p);
    Random rnd = new Random(17);
    Path q = dir.resolve("mutant.safetensors");
    for (int round = 0; round < 300; round++) {
      byte[] m = base.clone();
      int edits = 1 + rnd.nextInt(4);
      for (int e = 0; e < edits; e++) {
        m[rnd.nextInt(Math.min(m.length, 8 + 200))] = (byte) rnd.nextInt(256);
      }
      if (rnd.nextInt(4) == 0) {
        m = Arrays.copyOf(m, rnd.nextInt(m.length));
      }
      Files.write(q, m);
      try (SafetensorsFile f = SafetensorsFile.open(q)) {
        for (String name : f.tensors().keySet()) {
          f.load(name, false);
        }
      } catch (SafetensorsException expected) {
        assertThat(expected.getMessage()).contains("mutant.safetensors");
      }
    }
  }
}
