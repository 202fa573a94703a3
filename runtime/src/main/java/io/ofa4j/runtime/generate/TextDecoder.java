package io.ofa4j.runtime.generate;

/** Turns output ids into text (special tokens skipped), e.g. through a Qwen2 tokenizer. */
@FunctionalInterface
public interface TextDecoder {
  /** The text of {@code ids}. */
  String decode(int[] ids);
}
