package io.ofa4j.runtime.bench;

/**
 * Figures of one {@link DecodeBenchmark} run.
 *
 * @param implementation what was measured (e.g. {@code ofa4j eager (Vector API, 2 threads)})
 * @param weightBytes bytes of the F32 weights
 * @param loadSeconds time to read the checkpoint into memory
 * @param promptTokens prefill length
 * @param prefillSeconds prefill time
 * @param newTokens decoded tokens
 * @param decodeSeconds decode time (all new tokens)
 * @param decodeCpuSeconds process CPU time spent while decoding (all threads, spinning included):
 *     on a shared, oversubscribed machine it shows the work apart from the waiting
 * @param peakRssBytes VmHWM at the end of the run, or -1 when unknown
 */
public record DecodeBenchmarkResult(String implementation, long weightBytes, double loadSeconds,
    int promptTokens, double prefillSeconds, int newTokens, double decodeSeconds,
    double decodeCpuSeconds, long peakRssBytes) {

  /** Prefill throughput. */
  public double prefillTokensPerSecond() {
    return promptTokens / prefillSeconds;
  }

  /** Decode throughput. */
  public double decodeTokensPerSecond() {
    return newTokens / decodeSeconds;
  }

  /** Process CPU milliseconds per decoded token. */
  public double decodeCpuMillisPerToken() {
    return decodeCpuSeconds * 1000 / newTokens;
  }

  /** Weight bytes streamed per second while decoding (every token reads all weights once). */
  public double decodeWeightGbPerSecond() {
    return weightBytes * decodeTokensPerSecond() / 1e9;
  }

  /** Peak RSS as a multiple of the weight bytes. */
  public double peakRssOverWeights() {
    return peakRssBytes < 0 ? Double.NaN : (double) peakRssBytes / weightBytes;
  }
}
