/**
 * The Qwen2-VL vision tower as a trainable SameDiff graph ({@link
 * io.ofa4j.modality.vision.Qwen2VisionTower}): patch embedding, 2-D rotary attention blocks
 * restricted to {@code cu_seqlens} segments, and the PatchMerger, with weights named by their
 * {@code visual.*} checkpoint keys.
 */
package io.ofa4j.modality.vision;
