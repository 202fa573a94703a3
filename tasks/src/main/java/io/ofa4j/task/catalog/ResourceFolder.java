package io.ofa4j.task.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files of one classpath folder, from a directory or from a jar, so that a catalog entry
 * is discovered by its file alone (no index to keep in sync).
 */
public final class ResourceFolder {
  private ResourceFolder() {}

  /** File name -> UTF-8 text of every {@code folder*suffix} resource, sorted by name. */
  public static TreeMap<String, String> list(String folder, String suffix) {
    TreeMap<String, String> out = new TreeMap<>();
    try {
      Enumeration<URL> roots = ResourceFolder.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if (url.getProtocol().equals("file")) {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path p : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
              out.putIfAbsent(folder + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            }
          }
        } else if (url.getProtocol().equals("jar")) {
          JarURLConnection c = (JarURLConnection) url.openConnection();
          c.setUseCaches(false);
          try (JarFile jar = c.getJarFile()) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
              String n = e.getName();
              if (n.startsWith(folder) && n.endsWith(suffix) && n.indexOf('/', folder.length()) < 0) {
                try (InputStream in = jar.getInputStream(e)) {
                  out.putIfAbsent(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list classpath folder " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad classpath URL for " + folder, e);
    }
    return out;
  }
}
