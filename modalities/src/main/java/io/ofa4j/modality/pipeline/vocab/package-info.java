/**
 * Vocabulary for multimodal sequences: the special tokens kits write ({@code <|vision_start|>},
 * {@code <|image_pad|>}, {@code <bin_0>} …), the bundled small BPE for from-scratch models, and
 * the extension of a Hub checkpoint's tokenizer and embedding rows.
 */
package io.ofa4j.modality.pipeline.vocab;
