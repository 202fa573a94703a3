package io.ofa4j.modality.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the float32 tensors of a small safetensors file for tests (8-byte little-endian header
 * length, JSON header of dtype/shape/data_offsets, raw data), independent of the runtime reader.
 */
public final class SafetensorsFixture {

  private SafetensorsFixture() {}

  /** All F32 tensors of {@code file}, keyed by name. */
  public static Map<String, INDArray> readF32(Path file) {
    ByteBuffer buf = ByteBuffer.wrap(Golden.bytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int headerLen = Math.toIntExact(buf.getLong(0));
    JsonNode header = JsonMapper.builder().build()
        .readTree(new String(buf.array(), 8, headerLen, StandardCharsets.UTF_8));
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : header.properties()) {
      if (e.getKey().equals("__metadata__")) {
        continue;
      }
      JsonNode t = e.getValue();
      if (!t.get("dtype").asString().equals("F32")) {
        throw new IllegalArgumentException(e.getKey() + ": only F32 supported, found " + t.get("dtype"));
      }
      long[] shape = new long[t.get("shape").size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = t.get("shape").get(i).asLong();
      }
      int start = 8 + headerLen + t.get("data_offsets").get(0).asInt();
      int end = 8 + headerLen + t.get("data_offsets").get(1).asInt();
      float[] data = new float[(end - start) / 4];
      buf.slice(start, end - start).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
      out.put(e.getKey(), Nd4j.create(data, shape, 'c').castTo(DataType.FLOAT));
    }
    return out;
  }
}
