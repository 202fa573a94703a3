package io.ofa4j.preset.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program with a time limit, output captured in a file (so a chatty child never blocks). */
final class Processes {
  private Processes() {}

  /**
   * The outcome of one run.
   *
   * @param exit exit code, or -1 when killed at the time limit
   * @param output stdout and stderr, interleaved
   */
  record Result(int exit, String output) {
    boolean timedOut() {
      return exit == -1;
    }
  }

  /** Runs {@code command} in {@code dir} with extra {@code env}, killing it after the limit. */
  static Result run(List<String> command, Path dir, Map<String, String> env, long limitSeconds) {
    try {
      Path log = Files.createTempFile("ofa4j-proc", ".log");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        boolean done = p.waitFor(limitSeconds, TimeUnit.SECONDS);
        if (!done) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Result(done ? p.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** Whether {@code program} runs with {@code args} and exits 0 within 60 s. */
  static boolean works(Path dir, String... command) {
    try {
      return run(List.of(command), dir, Map.of(), 60).exit() == 0;
    } catch (UncheckedIOException e) {
      return false;
    }
  }
}
