package io.ofa4j.runtime.multitask.checkpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** fsync of files and directories, so a rename is not persisted before the data it names. */
final class Fsync {
  private static final Logger LOG = LoggerFactory.getLogger(Fsync.class);

  private Fsync() {}

  /** Flushes a regular file's data and metadata to the device. */
  static void file(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /**
   * Flushes a directory's entries (POSIX: fsync on the directory's descriptor). Some platforms
   * cannot open a directory as a channel; there the rename's durability is left to the OS.
   */
  static void directory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      LOG.debug("cannot fsync directory {}: {}", dir, e.toString());
    }
  }
}
