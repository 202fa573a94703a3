package io.ofa4j.modality.phone;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CMUdict-format pronouncing dictionary: {@code WORD  PH PH ...}, comments starting with
 * {@code ;;;}, alternatives written {@code WORD(2)} (only the first pronunciation is used). Phones
 * must look like ARPAbet (capitals with an optional stress digit). The shipped
 * {@code cmudict-mini.txt} is a small dictionary written for this project.
 */
public final class PronouncingDictionary {
  private static final Pattern PHONE = Pattern.compile("[A-Z]{1,2}[012]?");

  private final Map<String, List<String>> entries;

  private PronouncingDictionary(Map<String, List<String>> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The shipped dictionary. */
  public static PronouncingDictionary shipped() {
    try (InputStream in = PronouncingDictionary.class.getResourceAsStream("cmudict-mini.txt")) {
      return read(requireNonNull(in, "resource cmudict-mini.txt missing"), "cmudict-mini.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a dictionary file (for instance the full CMUdict). */
  public static PronouncingDictionary load(Path file) {
    requireNonNull(file, "file is null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pronouncing dictionary " + file, e);
    }
  }

  static PronouncingDictionary read(InputStream in, String name) throws IOException {
    Map<String, List<String>> entries = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith(";;;")) {
        continue;
      }
      String[] parts = s.split("\\s+");
      if (parts.length < 2) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected a word and its phones, found '" + s + "'");
      }
      for (int i = 1; i < parts.length; i++) {
        if (!PHONE.matcher(parts[i]).matches()) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": '" + parts[i] + "' is not an ARPAbet phone");
        }
      }
      String word = parts[0].replaceFirst("\\(\\d+\\)$", "").toLowerCase(Locale.ROOT);
      entries.putIfAbsent(word, List.copyOf(Arrays.asList(parts).subList(1, parts.length)));
    }
    return new PronouncingDictionary(entries);
  }

  /** The first pronunciation of {@code word} (case-insensitive). */
  public Optional<List<String>> lookup(String word) {
    return Optional.ofNullable(entries.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Number of words. */
  public int size() {
    return entries.size();
  }
}
