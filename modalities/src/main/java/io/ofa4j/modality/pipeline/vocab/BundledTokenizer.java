package io.ofa4j.modality.pipeline.vocab;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The small vocabulary for models trained from scratch: a 4256-token byte-level BPE made for
 * ofa4j (plus {@code <|endoftext|>}, {@code <|im_start|>}, {@code <|im_end|>}), shipped as a
 * resource and extended with {@link ModalityTokens#all} on first use.
 */
public final class BundledTokenizer {
  private static final String RESOURCE = "/io/ofa4j/modality/pipeline/tokenizer/";

  private BundledTokenizer() {}

  /**
   * Writes the extended tokenizer into {@code dir} and loads it.
   *
   * @param numBins location bins to add ({@code <bin_0>} … )
   */
  public static Qwen2Tokenizer write(Path dir, int numBins) {
    requireNonNull(dir, "dir is null");
    try {
      Path raw = Files.createTempDirectory("ofa4j-tokenizer");
      for (String f : new String[] {"tokenizer.json", "tokenizer_config.json"}) {
        try (InputStream in = BundledTokenizer.class.getResourceAsStream(RESOURCE + f)) {
          if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + f + " is missing from the jar");
          }
          Files.copy(in, raw.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      TokenizerExtender.extend(raw, dir, ModalityTokens.all(numBins));
      Files.delete(raw.resolve("tokenizer.json"));
      Files.delete(raw.resolve("tokenizer_config.json"));
      Files.delete(raw);
      return Qwen2Tokenizer.load(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bundled tokenizer to " + dir, e);
    }
  }
}
