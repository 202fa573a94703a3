package io.ofa4j.runtime.train;

/**
 * What one optimizer step did.
 *
 * @param step optimizer steps completed after this one (unchanged when skipped)
 * @param loss weighted mean token loss over the step's micro-batches
 * @param gradNorm global gradient norm before clipping
 * @param learningRate rate used (0 when skipped)
 * @param lossTokens tokens that carried loss
 * @param nonFinite true when the loss or a gradient was NaN/inf: the update was skipped and the
 *     caller (e.g. the multi-task loop) decides what to do
 */
public record StepResult(
    long step, double loss, double gradNorm, double learningRate, long lossTokens, boolean nonFinite) {}
