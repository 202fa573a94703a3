/**
 * VIDEO modality pre-processing: frame sampling, decoding with ffmpeg (subprocess) or jcodec,
 * and the Qwen2-VL pixel pipeline shared with images.
 */
package io.ofa4j.modality.video;
