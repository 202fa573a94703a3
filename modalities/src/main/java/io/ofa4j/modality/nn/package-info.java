/**
 * Small SameDiff building blocks shared by the feature adapters of several modalities (AUDIO,
 * MOTION): seeded PyTorch-default initialisation, input/weight/output shape checks with messages
 * that name both shapes, and the tanh-form GELU.
 */
package io.ofa4j.modality.nn;
