package io.ofa4j.runtime.generate;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Model;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Prints a table of decode speed per strategy on a model directory, against a bare session loop
 * (argmax, nothing else), so the generator's own overhead shows. Not a test. Run from the repo:
 *
 * <pre>
 * mvn -q -pl runtime -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java --add-modules jdk.incubator.vector -cp runtime/target/test-classes:runtime/target/classes:$(cat /tmp/cp.txt) \
 *     io.ofa4j.runtime.generate.GenerationBench ../shared/golden/qwen2-tiny 64 5
 * </pre>
 */
public final class GenerationBench {
  private GenerationBench() {}

  /** Arguments: model directory, new tokens per run (64), timed runs (5). */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/golden/qwen2-tiny");
    int newTokens = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Qwen2Checkpoint checkpoint = Qwen2Checkpoint.load(dir);
    try (Qwen2Model model = new Qwen2Model(checkpoint.config(), checkpoint.parameters())) {
      int[] prompt = {2291, 4033, 3040, 321, 2956, 77, 291, 78, 87};
      Generator generator = new Generator(model);
      GenerationConfig greedy = GenerationConfig.builder().optMaxNewTokens(newTokens).build();
      GenerationConfig sampling = greedy.toBuilder().optDoSample(true).optTemperature(0.8)
          .optTopK(50).optTopP(0.9).optRepetitionPenalty(1.1).build();
      System.out.printf(Locale.ROOT, "%-34s %10s %12s%n", "strategy", "tokens/s", "ms/step");
      double bare = row("bare session loop (argmax)", runs, newTokens,
          () -> bareLoop(model, prompt, newTokens));
      row("Generator greedy", runs, newTokens,
          () -> generator.generate(prompt, greedy).length());
      row("Generator sampling k50 p0.9 rep1.1", runs, newTokens,
          () -> generator.generate(prompt, sampling).length());
      row("Generator beam search, 4 beams", runs, newTokens, () -> generator.generate(prompt,
          greedy.toBuilder().optNumBeams(4).build()).length());
      row("Generator greedy, batch of 4", runs, newTokens, () -> generator.generate(
          GenerationRequest.builder(Collections.nCopies(4, prompt), greedy).build()).stream()
          .mapToInt(GenerationResult::length).sum());
      System.out.printf(Locale.ROOT, "(bare loop: %.1f tokens/s)%n", bare);
    }
  }

  /** Times {@code runs} calls of {@code run} (each returning its token count) of {@code steps}. */
  private static double row(String name, int runs, int steps, IntSupplier run) {
    run.getAsInt(); // warm-up
    long start = System.nanoTime();
    int tokens = 0;
    for (int i = 0; i < runs; i++) {
      tokens += run.getAsInt();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = tokens / seconds;
    System.out.printf(Locale.ROOT, "%-34s %10.1f %12.2f%n", name, perSecond,
        1000 * seconds / ((double) runs * steps));
    return perSecond;
  }

  private static int bareLoop(Qwen2Model model, int[] prompt, int newTokens) {
    try (DecoderSession session = model.startSession(1, prompt.length + newTokens)) {
      float[] logits = session.append(new int[][] {prompt})[0];
      for (int i = 0; i < newTokens; i++) {
        int next = Sampling.argmax(logits);
        logits = session.append(new int[][] {{next}})[0];
      }
    }
    return newTokens;
  }
}
