/**
 * Qwen2-VL multimodal rotary positions (M-RoPE): 3-axis position ids for text, image and video
 * tokens ({@link io.ofa4j.modality.rope.RopeIndex}) and the sectioned rotation of queries and keys
 * ({@link io.ofa4j.modality.rope.MultimodalRotary}).
 */
package io.ofa4j.modality.rope;
