/**
 * The training throughput benchmark behind {@code ofa4j bench train}: tokens per second and
 * resident memory of the SameDiff trainer on a fixed small Qwen2, with PyTorch as a peer run in
 * a subprocess when it is installed.
 */
package io.ofa4j.runtime.train.bench;
