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

  /** Task names of the lines, in file order (the file holds only the instructions). */
  static final List<String> NAMES = List.of("caption", "cola", "mnli", "mrpc", "qnli", "qqp",
      "sst2", "snli-ve", "gigaword", "refcoco", "grounded-caption", "detection-parens",
      "text-to-image", "image-infilling", "imagenet", "vqa", "image-text-matching",
      "text-infilling", "video-classification", "video-caption", "video-qa", "asr", "tts",
      "spider", "dart", "fetaqa", "sudoku", "natural-instructions-v2", "motion",
      "detection-brackets");

  private static Entry parse(String line, int number) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    if (number > NAMES.size()) {
      throw new IllegalStateException(RESOURCE + " has more than " + NAMES.size() + " lines");
    }
    return new Entry(number, NAMES.get(number - 1), line.trim());
  }
}
