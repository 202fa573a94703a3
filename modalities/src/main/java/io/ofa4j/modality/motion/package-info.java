/**
 * MOTION modality: BVH and NumPy {@code .npy} readers, OFASys {@code motion_6d} features (root
 * position and velocity plus 6-D joint rotations) and the MLP frame-encoder adapter.
 */
package io.ofa4j.modality.motion;
