/**
 * Which tasks feed each optimizer step: proportional, temperature ({@code p_i ∝ n_i^(1/T)}),
 * round-robin and OFASys's every-task-every-step policies over a serialisable
 * {@link io.ofa4j.runtime.multitask.schedule.SplitMix64} generator, plus length bucketing.
 */
package io.ofa4j.runtime.multitask.schedule;
