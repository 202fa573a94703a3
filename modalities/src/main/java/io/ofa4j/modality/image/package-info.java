/**
 * IMAGE modality pre-processing, reproducing Qwen2-VL's image processor byte for byte: decoding
 * with safety checks ({@link io.ofa4j.modality.image.ImageLoader}), Pillow-exact bicubic resize
 * ({@link io.ofa4j.modality.image.PillowResampler}), {@code smart_resize} and patch flattening
 * ({@link io.ofa4j.modality.image.Qwen2VlImageProcessor}).
 */
package io.ofa4j.modality.image;
