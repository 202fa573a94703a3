package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads WAV or FLAC files, recognised by their leading bytes (not the file extension).
 */
public final class AudioReader {
  /** Larger files are refused rather than risking an out-of-memory error (about 1.5 h of 48 kHz stereo float). */
  public static final long MAX_FILE_BYTES = 1L << 30;

  private AudioReader() {}

  /** Decodes {@code file}; throws {@link AudioFormatException} naming the file and value found. */
  public static PcmAudio read(Path file) {
    requireNonNull(file, "file is null");
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new AudioFormatException(file + ": file of " + size + " bytes exceeds the " + MAX_FILE_BYTES + "-byte limit");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audio file " + file, e);
    }
    return decode(bytes, file.toString());
  }

  /** Decodes an in-memory file; {@code name} appears in error messages. */
  public static PcmAudio decode(byte[] bytes, String name) {
    requireNonNull(bytes, "bytes is null");
    requireNonNull(name, "name is null");
    if (bytes.length == 0) {
      throw new AudioFormatException(name + ": empty file (0 bytes)");
    }
    if (WavReader.looksLikeWav(bytes)) {
      return WavReader.decode(bytes, name);
    }
    if (FlacReader.looksLikeFlac(bytes)) {
      return FlacReader.decode(bytes, name);
    }
    throw new AudioFormatException(name + ": unsupported audio format (leading bytes " + hex(bytes)
        + "); WAV (RIFF/WAVE) and FLAC (fLaC) are read");
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(4, b.length); i++) {
      sb.append(String.format("%02x", b[i] & 0xFF));
    }
    return sb.toString();
  }
}
