package io.ofa4j.modality.audio.bench;

import io.ofa4j.modality.audio.AudioFeatureConfig;
import io.ofa4j.modality.audio.AudioPreprocessor;
import io.ofa4j.modality.audio.PcmAudio;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of AUDIO preprocessing in audio seconds per wall-clock second, on 1 and 2 threads
 * (one clip per task): 16 kHz mono input (log-mel only) and 44.1 kHz stereo input (down-mix,
 * Kaiser-sinc resampling, log-mel). Run after {@code mvn -pl modalities -am test-compile}:
 *
 * <pre>
 * mvn -q -pl modalities dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt):modalities/target/classes:modalities/target/test-classes" \
 *     io.ofa4j.modality.audio.bench.LogMelBenchmark [clipSeconds] [clips]
 * </pre>
 */
public final class LogMelBenchmark {
  private LogMelBenchmark() {}

  /** Prints a table; arguments: clip length in seconds (default 30), clips per run (default 16). */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int clips = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    System.out.printf(Locale.ROOT, "%-34s %7s %8s %14s%n", "case", "threads", "wall_s", "audio_s_per_s");
    for (String kind : new String[] {"whisper", "fbank"}) {
      AudioPreprocessor p = new AudioPreprocessor(AudioFeatureConfig.fromAttributes(Map.of("features", kind)));
      for (int rate : new int[] {16000, 44100}) {
        PcmAudio clip = clip(rate, rate == 16000 ? 1 : 2, seconds);
        run(p, clip, 1, 2); // warm-up
        for (int threads : new int[] {1, 2}) {
          double wall = run(p, clip, threads, clips);
          String name = kind + " " + (rate / 1000.0) + " kHz " + (rate == 16000 ? "mono" : "stereo->16k mono");
          System.out.printf(Locale.ROOT, "%-34s %7d %8.2f %14.1f%n", name, threads, wall, clips * seconds / wall);
        }
      }
    }
  }

  private static double run(AudioPreprocessor p, PcmAudio clip, int threads, int clips) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < clips; i++) {
        fs.add(pool.submit(() -> p.process(clip, "bench", false, 0)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  private static PcmAudio clip(int rate, int channels, int seconds) {
    int n = rate * seconds;
    float[][] ch = new float[channels][n];
    SplittableRandom rng = new SplittableRandom(1);
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < n; i++) {
        ch[c][i] = (float) (0.3 * Math.sin(2 * Math.PI * (200 + 30 * c) * i / rate) + 0.05 * (rng.nextDouble() - 0.5));
      }
    }
    return new PcmAudio(ch, rate);
  }
}
