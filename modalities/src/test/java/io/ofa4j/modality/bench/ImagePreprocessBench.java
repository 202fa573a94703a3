package io.ofa4j.modality.bench;

import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * Throughput of IMAGE pre-processing (decode, smart_resize, Pillow bicubic, normalise, patches)
 * on a fixed number of threads. Prints a table of images/s per input kind.
 *
 * <p>Run: {@code mvn -q -o -pl modalities -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt} then {@code java -cp
 * modalities/target/test-classes:modalities/target/classes:$(cat /tmp/cp.txt)
 * io.ofa4j.modality.bench.ImagePreprocessBench [threads] [seconds]}.
 */
public final class ImagePreprocessBench {

  private ImagePreprocessBench() {}

  /** Entry point: {@code [threads=2] [seconds=5]}. */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    Path dir = Files.createTempDirectory("ofa4j-bench");
    Qwen2VlImageProcessor defaults = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());
    Qwen2VlImageProcessor small = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults().withPixels(3136, 50176));
    System.out.printf("%-34s %8s %10s %10s %8s%n", "case", "threads", "images/s", "ms/image", "tokens");
    run("JPEG 640x480, max_pixels default", photo(dir, 640, 480, "jpg"), defaults, threads, seconds);
    run("PNG 640x480, max_pixels default", photo(dir, 640, 480, "png"), defaults, threads, seconds);
    run("JPEG 1920x1080, max_pixels 50176", photo(dir, 1920, 1080, "jpg"), small, threads, seconds);
    run("JPEG 1920x1080, max_pixels default", photo(dir, 1920, 1080, "jpg"), defaults, threads, seconds);
  }

  private static void run(String name, Path file, Qwen2VlImageProcessor p, int threads, double seconds)
      throws Exception {
    int tokens = p.processFile(file).visionTokens();
    for (int i = 0; i < 5; i++) {
      p.processFile(file); // warm-up
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong done = new AtomicLong();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          p.processFile(file);
          done.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    double rate = done.get() / elapsed;
    System.out.printf("%-34s %8d %10.1f %10.2f %8d%n", name, threads, rate, 1000.0 * threads / rate, tokens);
  }

  // A smooth picture with noise, so JPEG/PNG sizes are realistic.
  private static Path photo(Path dir, int w, int h, String fmt) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random rng = new Random(1);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = (x * 255 / w + rng.nextInt(16)) & 0xff;
        int g = (y * 255 / h + rng.nextInt(16)) & 0xff;
        int b = ((x + y) * 127 / (w + h) + rng.nextInt(16)) & 0xff;
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    Path f = dir.resolve(w + "x" + h + "." + fmt);
    ImageIO.write(img, fmt, f.toFile());
    return f;
  }
}
