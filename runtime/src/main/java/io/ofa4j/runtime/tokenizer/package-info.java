/**
 * Qwen2 text tokenization: the byte-level BPE of {@code tokenizer.json} (through the Hugging Face
 * {@code tokenizers} library), the special tokens of {@code tokenizer_config.json} and
 * {@code generation_config.json}, and the ChatML chat template.
 */
package io.ofa4j.runtime.tokenizer;
