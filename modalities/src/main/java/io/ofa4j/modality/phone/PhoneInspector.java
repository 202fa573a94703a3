package io.ofa4j.modality.phone;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ofa4j preprocess} for PHONE: the file holds English text; shows its phones, their count
 * and ids, and which words went through the letter-to-sound fallback. Attributes {@code stress}
 * (default true), {@code word_boundaries} (default false), {@code dictionary} (a CMUdict-format
 * file; default the shipped one). Features: the phone ids.
 */
public final class PhoneInspector implements PreprocessInspector {
  private static final Set<String> ATTRIBUTES = Set.of("stress", "word_boundaries", "dictionary");
  private static final Pattern WORD = Pattern.compile("[a-z']+");

  /** Creates the inspector. */
  public PhoneInspector() {}

  @Override
  public String modality() {
    return "PHONE";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    requireNonNull(file, "file is null");
    requireNonNull(attributes, "attributes is null");
    for (String k : attributes.keySet()) {
      if (!ATTRIBUTES.contains(k)) {
        throw new IllegalArgumentException("unknown PHONE attribute '" + k + "'; known: " + ATTRIBUTES);
      }
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    PronouncingDictionary dict = attributes.containsKey("dictionary")
        ? PronouncingDictionary.load(Path.of(attributes.get("dictionary"))) : PronouncingDictionary.shipped();
    EnglishG2p g2p = new EnglishG2p(dict, flag(attributes, "stress", true), flag(attributes, "word_boundaries", false));
    List<String> phones = g2p.phonemize(text);
    PhoneVocabulary vocab = PhoneVocabulary.arpabet();
    int[] ids = vocab.encode(phones);
    List<String> fallback = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!g2p.isKnown(m.group())) {
        fallback.add(m.group());
      }
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file.toString());
    s.put("text", text);
    s.put("phones", String.join(" ", phones));
    s.put("phone_count", phones.size());
    s.put("letter_to_sound_words", fallback);
    s.put("vocabulary_size", vocab.size());
    float[] f = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      f[i] = ids[i];
    }
    return new Inspection(s, f, new long[] {ids.length});
  }

  private static boolean flag(Map<String, String> a, String key, boolean dflt) {
    String v = a.get(key);
    if (v == null) {
      return dflt;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("PHONE attribute " + key + ": expected true or false, found '" + v + "'");
    };
  }
}
