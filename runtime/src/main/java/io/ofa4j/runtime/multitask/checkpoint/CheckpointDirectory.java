package io.ofa4j.runtime.multitask.checkpoint;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoints of a run: directories named {@code step-NNNNNNNN} that hold a
 * {@code trainer_state.json}. Temporary directories (a crash mid-write) are never listed and are
 * removed by {@link #prune}.
 */
public final class CheckpointDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointDirectory.class);

  private final Path root;

  /** The checkpoints under {@code root}. */
  public CheckpointDirectory(Path root) {
    this.root = requireNonNull(root, "root is null");
  }

  /** The directory holding the checkpoints. */
  public Path root() {
    return root;
  }

  /** Complete checkpoints, oldest first. */
  public List<Path> list() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> CheckpointFiles.stepOf(p.getFileName().toString()).isPresent())
          .filter(p -> Files.isRegularFile(p.resolve(CheckpointFiles.TRAINER_STATE)))
          .sorted(Comparator.comparingLong(p -> CheckpointFiles.stepOf(p.getFileName().toString()).orElseThrow()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list checkpoints in " + root, e);
    }
  }

  /** The newest complete checkpoint. */
  public Optional<Path> latest() {
    List<Path> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Keeps the newest {@code keepLast} checkpoints and {@code keepName} (the best; may be
   * {@code null}); deletes the rest and any leftover temporary directory.
   */
  public void prune(int keepLast, String keepName) {
    List<Path> all = new ArrayList<>(list());
    for (int i = 0; i < all.size() - keepLast; i++) {
      Path p = all.get(i);
      if (!p.getFileName().toString().equals(keepName)) {
        LOG.debug("deleting old checkpoint {}", p);
        deleteTree(p);
      }
    }
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(CheckpointFiles.TEMP_PREFIX)).toList()) {
        LOG.warn("removing incomplete checkpoint {}", p);
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** Deletes a directory tree (children first). */
  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
