/**
 * Prediction: the prompt with its adapter spans, greedy decoding under the plan's generator
 * constraint (free text, closed set, four location tokens, repeated box + label), and the target
 * kit's post-processing to a typed value.
 */
package io.ofa4j.modality.pipeline.predict;
