package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.DatasetException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder of one synthetic split's media ({@code <root>/<generator>-<seed>-<split>/}). A file is
 * written on first use and reused afterwards. Writing goes to a temporary file in the same folder
 * that is then renamed, so an interrupted generation never leaves a truncated file under the final
 * name. In dry mode paths are returned but nothing is written (for baseline statistics over
 * labels, which never need pixels or samples).
 *
 * @param folder the split's folder
 * @param dryRun whether to skip writing
 */
public record MediaCache(Path folder, boolean dryRun) {
  /**
   * Version of the generated media, part of every cache folder name: bump it whenever a
   * generator's pictures, sounds or clips change, so that stale cached files are never reused.
   */
  public static final String MEDIA_VERSION = "m2";


  /** Writes one media file to the given (temporary) path. */
  @FunctionalInterface
  public interface Writer {
    void write(Path target) throws IOException;
  }

  public MediaCache {
    requireNonNull(folder, "folder is null");
  }

  /**
   * The default root: {@code $OFA4J_CACHE} when set, else {@code ~/.cache/ofa4j/synthetic}.
   */
  public static Path defaultRoot() {
    String env = System.getenv("OFA4J_CACHE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "ofa4j", "synthetic");
  }

  /** The cache of {@code generator}'s split under {@code root}. */
  public static MediaCache of(Path root, String generator, long seed, String split) {
    return new MediaCache(root.resolve(generator + "-" + MEDIA_VERSION + "-" + seed + "-" + split),
        false);
  }

  /** The same folder in dry mode. */
  public MediaCache dry() {
    return new MediaCache(folder, true);
  }

  /** Path of {@code name}, written by {@code writer} unless it already exists (or dry). */
  public Path file(String name, Writer writer) {
    Path target = folder.resolve(name);
    if (dryRun || Files.isRegularFile(target)) {
      return target;
    }
    Path tmp = null;
    try {
      Files.createDirectories(folder);
      tmp = Files.createTempFile(folder, ".tmp-", "-" + name);
      writer.write(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
      return target;
    } catch (FileAlreadyExistsException e) {
      return target; // another process finished the same file first
    } catch (IOException | RuntimeException e) {
      throw new DatasetException("cannot write synthetic media " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a stale temp file is harmless: it never has the final name
        }
      }
    }
  }
}
