/**
 * Span adapters as SameDiff graphs over the shared parameter store: the Qwen2-VL vision tower
 * ({@code visual.*}), the audio convolutions ({@code adapters.audio.*}), the motion MLP ({@code
 * adapters.motion.*}) and the phone table ({@code adapters.phone.*}).
 */
package io.ofa4j.modality.pipeline.adapter;
