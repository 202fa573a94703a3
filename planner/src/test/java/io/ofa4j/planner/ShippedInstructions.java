package io.ofa4j.planner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 30 OFASys task instructions shipped by instruction-dsl, read from the classpath. */
final class ShippedInstructions {

  static final String RESOURCE = "io/ofa4j/instruction/ofasys-instructions.txt";

  /** A numbered, named instruction. */
  record Entry(int number, String name, String instruction) {
    String goldenName() {
      return String.format("%02d-%s.plan.txt", number, name);
    }
  }

  private ShippedInstructions() {}

  static List<Entry> load() {
    InputStream in = ShippedInstructions.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Entry e = parse(line, entries.size() + 1);
        if (e != null) {
          entries.add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static Entry parse(String line, int number) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new IllegalStateException(RESOURCE + ": expected 'name<TAB>instruction': " + line);
    }
    return new Entry(number, line.substring(0, tab).trim(), line.substring(tab + 1).trim());
  }
}
