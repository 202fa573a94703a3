package io.ofa4j.runtime.weights;

import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The safetensors element types ofa4j reads and writes, with the header spelling
 * ({@code "F32"}), the element size and the matching ND4J type.
 */
public enum SafetensorsDtype {
  /** IEEE 754 single precision. */
  F32(4, DataType.FLOAT),
  /** IEEE 754 half precision. */
  F16(2, DataType.HALF),
  /** bfloat16: the upper 16 bits of an F32. */
  BF16(2, DataType.BFLOAT16);

  private final int byteSize;
  private final DataType nd4jType;

  SafetensorsDtype(int byteSize, DataType nd4jType) {
    this.byteSize = byteSize;
    this.nd4jType = nd4jType;
  }

  /** Bytes per element. */
  public int byteSize() {
    return byteSize;
  }

  /** The ND4J data type holding this dtype without conversion. */
  public DataType nd4jType() {
    return nd4jType;
  }

  /** The dtype spelled {@code name} in a header; throws naming it when unsupported. */
  public static SafetensorsDtype fromHeader(String name, String where) {
    for (SafetensorsDtype d : values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new SafetensorsException(
        where + ": dtype '" + name + "' is not supported (expected F32, F16 or BF16)");
  }

  /** The dtype of an ND4J array; throws naming the type when there is none. */
  public static SafetensorsDtype of(DataType type) {
    for (SafetensorsDtype d : values()) {
      if (d.nd4jType == type) {
        return d;
      }
    }
    throw new SafetensorsException(
        "ND4J type " + type + " has no safetensors dtype here (F32, F16 or BF16)");
  }

  /** The Hugging Face {@code torch_dtype} name ({@code float32}, {@code float16}, {@code bfloat16}). */
  public String torchName() {
    return switch (this) {
      case F32 -> "float32";
      case F16 -> "float16";
      case BF16 -> "bfloat16";
    };
  }

  /** The dtype of a {@code torch_dtype} name. */
  public static SafetensorsDtype fromTorchName(String torchDtype) {
    return switch (torchDtype.toLowerCase(Locale.ROOT)) {
      case "float32", "float" -> F32;
      case "float16", "half" -> F16;
      case "bfloat16" -> BF16;
      default -> throw new SafetensorsException("torch_dtype '" + torchDtype + "' is not supported");
    };
  }
}
