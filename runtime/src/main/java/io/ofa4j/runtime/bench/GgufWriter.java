package io.ofa4j.runtime.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.HalfFloats;
import io.ofa4j.runtime.weights.SafetensorsDtype;
import io.ofa4j.runtime.weights.SafetensorsFile;
import io.ofa4j.runtime.weights.SafetensorsTensorInfo;
import io.ofa4j.runtime.weights.SafetensorsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts an F32 (or BF16) Qwen2 safetensors checkpoint into an F32 (or BF16) GGUF (v3) file so
 * that llama.cpp can
 * run the same weights as a peer in {@code ofa4j bench decode --llama-cpp}. It writes the
 * {@code qwen2} architecture keys and tensor names llama.cpp expects
 * ({@code token_embd}, {@code blk.N.attn_q}, ...; dimensions innermost first) and a synthetic
 * byte-level BPE vocabulary (the 256 GPT-2 byte symbols plus placeholder tokens, no merges):
 * the benchmark feeds token ids, so no real tokenizer is needed. From a BF16 checkpoint the
 * matrices stay BF16 and the 1-D tensors (norms, biases) are widened to F32, as
 * {@code convert_hf_to_gguf.py --outtype bf16} does.
 */
public final class GgufWriter {
  private static final int ALIGNMENT = 32;
  private static final int TYPE_UINT32 = 4;
  private static final int TYPE_INT32 = 5;
  private static final int TYPE_FLOAT32 = 6;
  private static final int TYPE_STRING = 8;
  private static final int TYPE_ARRAY = 9;
  private static final int GGML_TYPE_F32 = 0;
  private static final int GGML_TYPE_BF16 = 30;
  private static final int FILE_TYPE_MOSTLY_BF16 = 32; // llama.cpp LLAMA_FTYPE_MOSTLY_BF16
  private static final Pattern LAYER = Pattern.compile("model\\.layers\\.(\\d+)\\.(.+)");

  private GgufWriter() {}

  /** Writes {@code gguf} from the {@code model.safetensors} of a checkpoint with {@code config}. */
  public static void write(Qwen2Config config, Path safetensors, Path gguf) {
    requireNonNull(config, "config is null");
    try (SafetensorsFile in = SafetensorsFile.open(safetensors)) {
      List<SafetensorsTensorInfo> tensors = new ArrayList<>(in.tensors().values());
      Header h = new Header();
      h.kvString("general.architecture", "qwen2");
      h.kvString("general.name", "ofa4j-bench");
      boolean bf16 = tensors.stream().anyMatch(t -> t.dtype() == SafetensorsDtype.BF16);
      h.kvU32("general.file_type", bf16 ? FILE_TYPE_MOSTLY_BF16 : 0);
      h.kvU32("qwen2.context_length", config.maxPositionEmbeddings());
      h.kvU32("qwen2.embedding_length", config.hiddenSize());
      h.kvU32("qwen2.block_count", config.numHiddenLayers());
      h.kvU32("qwen2.feed_forward_length", config.intermediateSize());
      h.kvU32("qwen2.attention.head_count", config.numAttentionHeads());
      h.kvU32("qwen2.attention.head_count_kv", config.numKeyValueHeads());
      h.kvF32("qwen2.rope.freq_base", (float) config.ropeTheta());
      h.kvF32("qwen2.attention.layer_norm_rms_epsilon", (float) config.rmsNormEps());
      h.kvString("tokenizer.ggml.model", "gpt2");
      h.kvString("tokenizer.ggml.pre", "qwen2");
      vocabulary(h, config.vocabSize());
      h.kvU32("tokenizer.ggml.bos_token_id", config.vocabSize() - 1);
      h.kvU32("tokenizer.ggml.eos_token_id", config.vocabSize() - 1);
      Header prefix = new Header();
      prefix.u32(0x46554747); // "GGUF"
      prefix.u32(3);
      prefix.u64(tensors.size());
      prefix.u64(h.kvCount);
      long offset = 0;
      for (SafetensorsTensorInfo t : tensors) {
        if (t.dtype() != SafetensorsDtype.F32 && t.dtype() != SafetensorsDtype.BF16) {
          throw new IllegalArgumentException("tensor '" + t.name() + "' is " + t.dtype()
              + "; the GGUF peer writer handles F32 and BF16 only");
        }
        h.string(ggufName(t.name()));
        long[] shape = t.shape();
        h.u32(shape.length);
        for (int d = shape.length - 1; d >= 0; d--) {
          h.u64(shape[d]); // GGUF lists ne[0] (the innermost, contiguous dimension) first
        }
        h.u32(keepsBf16(t) ? GGML_TYPE_BF16 : GGML_TYPE_F32);
        h.u64(offset);
        offset = align(offset + (widened(t) ? 2 * t.byteCount() : t.byteCount()));
      }
      byte[] kvAndInfos = h.bytes();
      byte[] head = prefix.bytes();
      byte[] all = new byte[head.length + kvAndInfos.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(kvAndInfos, 0, all, head.length, kvAndInfos.length);
      writeFile(gguf, all, in, tensors, safetensors);
    }
  }

  private static void writeFile(Path gguf, byte[] header, SafetensorsFile in,
      List<SafetensorsTensorInfo> tensors, Path safetensors) {
    Path tmp = gguf.resolveSibling(gguf.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        FileChannel src = FileChannel.open(safetensors, StandardOpenOption.READ)) {
      SafetensorsWriter.writeAll(out, ByteBuffer.wrap(header));
      pad(out);
      long dataStart = src.size() - tensors.stream().mapToLong(SafetensorsTensorInfo::byteCount).sum();
      for (SafetensorsTensorInfo t : tensors) {
        long pos = dataStart + t.begin();
        if (widened(t)) {
          writeWidened(src, pos, t, out);
        } else {
          long left = t.byteCount();
          while (left > 0) {
            long n = src.transferTo(pos, left, out);
            pos += n;
            left -= n;
          }
        }
        pad(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + tmp + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, gguf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + tmp, e);
    }
  }

  private static boolean keepsBf16(SafetensorsTensorInfo t) {
    return t.dtype() == SafetensorsDtype.BF16 && t.shape().length > 1;
  }

  /** A BF16 1-D tensor (norm or bias): llama.cpp's CPU ops want those in F32. */
  private static boolean widened(SafetensorsTensorInfo t) {
    return t.dtype() == SafetensorsDtype.BF16 && t.shape().length <= 1;
  }

  private static void writeWidened(FileChannel src, long pos, SafetensorsTensorInfo t,
      FileChannel out) throws IOException {
    if (t.byteCount() > 1 << 24) {
      throw new IllegalArgumentException("1-D tensor '" + t.name() + "' of " + t.byteCount()
          + " bytes is too large to widen in memory");
    }
    ByteBuffer in = ByteBuffer.allocate((int) t.byteCount()).order(ByteOrder.LITTLE_ENDIAN);
    while (in.hasRemaining()) {
      if (src.read(in, pos + in.position()) < 0) {
        throw new IOException("truncated tensor '" + t.name() + "'");
      }
    }
    ByteBuffer wide = ByteBuffer.allocate(2 * in.capacity()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < in.capacity() / 2; i++) {
      wide.putFloat(HalfFloats.bf16ToFloat(in.getShort(2 * i)));
    }
    wide.flip();
    SafetensorsWriter.writeAll(out, wide);
  }

  private static void pad(FileChannel out) throws IOException {
    long p = out.position();
    int n = (int) (align(p) - p);
    if (n > 0) {
      SafetensorsWriter.writeAll(out, ByteBuffer.allocate(n));
    }
  }

  private static long align(long x) {
    return (x + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }

  /** HF key -> llama.cpp tensor name (after {@code convert_hf_to_gguf.py}'s qwen2 mapping). */
  static String ggufName(String hf) {
    switch (hf) {
      case "model.embed_tokens.weight":
        return "token_embd.weight";
      case "model.norm.weight":
        return "output_norm.weight";
      case "lm_head.weight":
        return "output.weight";
      default:
        break;
    }
    Matcher m = LAYER.matcher(hf);
    if (!m.matches()) {
      throw new IllegalArgumentException("tensor '" + hf + "' has no GGUF name");
    }
    String rest = m.group(2)
        .replace("input_layernorm", "attn_norm")
        .replace("post_attention_layernorm", "ffn_norm")
        .replace("self_attn.q_proj", "attn_q")
        .replace("self_attn.k_proj", "attn_k")
        .replace("self_attn.v_proj", "attn_v")
        .replace("self_attn.o_proj", "attn_output")
        .replace("mlp.gate_proj", "ffn_gate")
        .replace("mlp.up_proj", "ffn_up")
        .replace("mlp.down_proj", "ffn_down");
    return "blk." + m.group(1) + "." + rest;
  }

  /** 256 GPT-2 byte symbols, then {@code <ofa4j_N>} placeholders, all normal tokens. */
  private static void vocabulary(Header h, int vocab) {
    List<String> tokens = new ArrayList<>(vocab);
    int extra = 0;
    for (int b = 0; b < 256; b++) {
      boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      tokens.add(String.valueOf((char) (printable ? b : 256 + extra++)));
    }
    for (int i = tokens.size(); i < vocab; i++) {
      tokens.add("<ofa4j_" + i + ">");
    }
    h.kvCount += 3;
    h.string("tokenizer.ggml.tokens");
    h.u32(TYPE_ARRAY);
    h.u32(TYPE_STRING);
    h.u64(vocab);
    for (int i = 0; i < vocab; i++) {
      h.string(tokens.get(i));
    }
    h.string("tokenizer.ggml.token_type");
    h.u32(TYPE_ARRAY);
    h.u32(TYPE_INT32);
    h.u64(vocab);
    for (int i = 0; i < vocab; i++) {
      h.u32(1);
    }
    h.string("tokenizer.ggml.merges");
    h.u32(TYPE_ARRAY);
    h.u32(TYPE_STRING);
    h.u64(0);
  }

  /** Little-endian GGUF header bytes. */
  private static final class Header {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private long kvCount;

    void u32(int v) {
      out.write(scratch.clear().putInt(v).array(), 0, 4);
    }

    void u64(long v) {
      out.write(scratch.clear().putLong(v).array(), 0, 8);
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u64(b.length);
      out.write(b, 0, b.length);
    }

    void kvString(String key, String value) {
      kvCount++;
      string(key);
      u32(TYPE_STRING);
      string(value);
    }

    void kvU32(String key, int value) {
      kvCount++;
      string(key);
      u32(TYPE_UINT32);
      u32(value);
    }

    void kvF32(String key, float value) {
      kvCount++;
      string(key);
      u32(TYPE_FLOAT32);
      u32(Float.floatToRawIntBits(value));
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
