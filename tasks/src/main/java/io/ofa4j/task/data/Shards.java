package io.ofa4j.task.data;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Expands a shard glob such as {@code train-*.tsv} or {@code **}{@code /*.trans.txt} under a root folder. */
public final class Shards {

  private Shards() {}

  /**
   * The regular files under {@code root} whose path relative to {@code root} matches {@code glob}
   * ({@link java.nio.file.FileSystem#getPathMatcher} glob syntax), sorted by path so shard order is
   * stable. Zero matches is an error naming the glob and root.
   */
  public static List<Path> expand(Path root, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(root.relativize(p)))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new DatasetException("no file under " + root + " matches '" + glob + "'");
      }
      return files;
    } catch (IOException e) {
      throw new DatasetException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
