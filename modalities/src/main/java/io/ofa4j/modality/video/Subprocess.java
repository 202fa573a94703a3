package io.ofa4j.modality.video;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A running external program whose stderr is collected on a daemon thread (so a chatty program
 * never blocks on a full pipe) and reported when it fails.
 */
final class Subprocess implements AutoCloseable {
  private static final int STDERR_TAIL = 2000;
  private final Process process;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread stderrReader;

  private Subprocess(Process process) {
    this.process = process;
    this.stderrReader = new Thread(() -> {
      try (InputStream err = process.getErrorStream()) {
        err.transferTo(stderr);
      } catch (IOException ignored) {
        // the process ended; whatever was read is reported
      }
    }, "subprocess-stderr");
    stderrReader.setDaemon(true);
    stderrReader.start();
  }

  static Subprocess start(List<String> command, Path file) {
    try {
      return new Subprocess(new ProcessBuilder(command).start());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + " for " + file + ": " + e, e);
    }
  }

  /** Kills the program if it is still running (e.g. after a read error). */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  InputStream stdout() {
    return process.getInputStream();
  }

  /** Waits for the exit; a non-zero status throws {@code message} with the end of stderr. */
  void finish(String message) {
    try {
      int code = process.waitFor();
      stderrReader.join(5000);
      if (code != 0) {
        String err;
        synchronized (stderr) {
          err = stderr.toString(StandardCharsets.UTF_8).trim();
        }
        if (err.length() > STDERR_TAIL) {
          err = "..." + err.substring(err.length() - STDERR_TAIL);
        }
        throw new IllegalArgumentException(message + " (exit " + code + "): " + err);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + process.info().command().orElse("process"), e);
    }
  }
}
