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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A phoneme vocabulary read from a text file: one symbol a line, ids in file order from 0, blank
 * lines and lines starting with {@code #} skipped. The shipped {@code arpabet.txt} holds
 * {@code <blank>}, {@code <unk>}, {@code sil}, {@code sp}, the 24 ARPAbet consonants and the 15
 * vowels bare and with stress 0/1/2 (OFASys builds its {@code <phone>_X} tokens the same way).
 */
public final class PhoneVocabulary {
  /** The unknown-phone symbol. */
  public static final String UNK = "<unk>";

  private final List<String> phones;
  private final Map<String, Integer> ids;

  private PhoneVocabulary(List<String> phones, Map<String, Integer> ids) {
    this.phones = List.copyOf(phones);
    this.ids = Map.copyOf(ids);
  }

  /** The shipped ARPAbet vocabulary. */
  public static PhoneVocabulary arpabet() {
    try (InputStream in = PhoneVocabulary.class.getResourceAsStream("arpabet.txt")) {
      return read(requireNonNull(in, "resource arpabet.txt missing"), "arpabet.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a vocabulary file. */
  public static PhoneVocabulary load(Path file) {
    requireNonNull(file, "file is null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read phone vocabulary " + file, e);
    }
  }

  static PhoneVocabulary read(InputStream in, String name) throws IOException {
    List<String> phones = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.contains(" ") || s.contains("\t")) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": one phone a line, found '" + s + "'");
      }
      Integer prev = ids.putIfAbsent(s, phones.size());
      if (prev != null) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": duplicate phone '" + s + "'");
      }
      phones.add(s);
    }
    if (phones.isEmpty()) {
      throw new IllegalArgumentException(name + ": no phones");
    }
    return new PhoneVocabulary(phones, ids);
  }

  /** Number of phones. */
  public int size() {
    return phones.size();
  }

  /** Whether the phone is in the vocabulary. */
  public boolean contains(String phone) {
    return ids.containsKey(phone);
  }

  /** The id of {@code phone}, or of {@link #UNK} when absent (which must then exist). */
  public int id(String phone) {
    Integer id = ids.get(phone);
    if (id != null) {
      return id;
    }
    Integer unk = ids.get(UNK);
    if (unk == null) {
      throw new IllegalArgumentException("phone '" + phone + "' not in the vocabulary, which has no " + UNK);
    }
    return unk;
  }

  /** The phone of an id. */
  public String phone(int id) {
    if (id < 0 || id >= phones.size()) {
      throw new IllegalArgumentException("phone id " + id + " outside [0, " + (phones.size() - 1) + "]");
    }
    return phones.get(id);
  }

  /** Ids of a phone sequence. */
  public int[] encode(List<String> sequence) {
    int[] out = new int[sequence.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(sequence.get(i));
    }
    return out;
  }
}
