package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Qwen2 tokenizer of a Hugging Face model directory: byte-level BPE with the Qwen2
 * pre-tokenizer regex and NFC normalizer, as {@code tokenizer.json} defines it, run by the Rust
 * {@code tokenizers} library through DJL (so the result is the reference pipeline's, not a
 * re-implementation). Text is encoded without adding special tokens, but special tokens written
 * in the text ({@code <|im_start|>}) are recognised. Special ids come from
 * {@code generation_config.json} ({@code bos/pad/eos_token_id}, eos possibly a list), falling back
 * to the token strings of {@code tokenizer_config.json}.
 *
 * <p>Holds native memory: {@link #close()} it. The process needs {@code OPT_OUT_TRACKING=true}
 * so that DJL does not probe the network.
 */
public final class Qwen2Tokenizer implements AutoCloseable {
  /** The file name of the tokenizer inside a model directory. */
  public static final String FILE = "tokenizer.json";

  private static final String GENERATION_CONFIG = "generation_config.json";

  private final HuggingFaceTokenizer tokenizer;
  private final Vocabulary vocabulary;
  private final SpecialTokens specialTokens;
  private final ChatTemplate chatTemplate;

  private Qwen2Tokenizer(HuggingFaceTokenizer tokenizer, Vocabulary vocabulary,
      SpecialTokens specialTokens, ChatTemplate chatTemplate) {
    this.tokenizer = tokenizer;
    this.vocabulary = vocabulary;
    this.specialTokens = specialTokens;
    this.chatTemplate = chatTemplate;
  }

  /**
   * Loads {@code dir/tokenizer.json} (required) with {@code tokenizer_config.json} and
   * {@code generation_config.json} (both optional).
   */
  public static Qwen2Tokenizer load(Path dir) {
    requireNonNull(dir, "dir is null");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("model directory not found: " + dir);
    }
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "model directory " + dir + " has no " + FILE + " (the tokenizer)");
    }
    Vocabulary vocabulary = Vocabulary.fromTokenizerJson(JsonFiles.read(file), file);
    TokenizerConfig config = TokenizerConfig.read(dir);
    SpecialTokens special = resolveSpecialTokens(dir, vocabulary, config);
    return new Qwen2Tokenizer(openNative(file), vocabulary, special, config.chatTemplate());
  }

  private static HuggingFaceTokenizer openNative(Path file) {
    // Truncation and padding are off: DJL would otherwise cut at model_max_length.
    Map<String, String> options =
        Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false");
    try {
      return HuggingFaceTokenizer.newInstance(file, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          file + ": the tokenizers library rejected it: " + e.getMessage(), e);
    }
  }

  private static SpecialTokens resolveSpecialTokens(
      Path dir, Vocabulary vocabulary, TokenizerConfig config) {
    Path tokenizerConfig = dir.resolve(TokenizerConfig.FILE);
    int bos = idOf(config.bosToken(), "bos_token", tokenizerConfig, vocabulary);
    int pad = idOf(config.padToken(), "pad_token", tokenizerConfig, vocabulary);
    int eosFromConfig = idOf(config.eosToken(), "eos_token", tokenizerConfig, vocabulary);
    List<Integer> eos = new ArrayList<>();
    if (eosFromConfig >= 0) {
      eos.add(eosFromConfig);
    }
    Path generation = dir.resolve(GENERATION_CONFIG);
    if (Files.exists(generation)) {
      JsonNode root = JsonFiles.read(generation);
      bos = root.has("bos_token_id") ? checkedId(root, "bos_token_id", generation, vocabulary) : bos;
      pad = root.has("pad_token_id") ? checkedId(root, "pad_token_id", generation, vocabulary) : pad;
      List<Integer> fromFile = JsonFiles.intOrList(root, "eos_token_id", generation);
      for (int id : fromFile) {
        checkKnown(id, "eos_token_id", generation, vocabulary);
      }
      if (!fromFile.isEmpty()) {
        eos = fromFile;
      }
    }
    return new SpecialTokens(bos, pad, eos, vocabulary.specialIds());
  }

  private static int idOf(String token, String field, Path file, Vocabulary vocabulary) {
    if (token == null) {
      return -1;
    }
    return vocabulary.id(token).orElseThrow(() -> new IllegalArgumentException(
        file + ": field " + field + " names token '" + token + "', which " + FILE + " lacks"));
  }

  private static int checkedId(JsonNode root, String field, Path file, Vocabulary vocabulary) {
    int id = JsonFiles.optionalId(root, field, file);
    if (id >= 0) {
      checkKnown(id, field, file, vocabulary);
    }
    return id;
  }

  private static void checkKnown(int id, String field, Path file, Vocabulary vocabulary) {
    if (vocabulary.token(id) == null) {
      throw new IllegalArgumentException(file + ": field " + field + " is " + id
          + ", which is not a token of " + FILE + " (" + vocabulary.size() + " ids)");
    }
  }

  /** Token ids of {@code text}; no special tokens are added, those in the text are parsed. */
  public int[] encode(String text) {
    return encode(text, false);
  }

  /**
   * Token ids of {@code text}, with the post-processor's special tokens when
   * {@code addSpecialTokens} (Qwen2's byte-level post-processor adds none, as in HF).
   */
  public int[] encode(String text, boolean addSpecialTokens) {
    requireNonNull(text, "text is null");
    return toInts(tokenizer.encode(text, addSpecialTokens, false).getIds());
  }

  /** The BPE symbols of {@code text} (byte-level strings such as {@code "Ġworld"}). */
  public List<String> tokens(String text) {
    return List.of(encoding(text).getTokens());
  }

  /** Decodes ids to text, keeping special tokens. */
  public String decode(int[] ids) {
    return decode(ids, false);
  }

  /**
   * Decodes ids to text. Ids without a token (model rows beyond the tokenizer's vocabulary) decode
   * to nothing; incomplete UTF-8 byte sequences decode to U+FFFD, as in Hugging Face.
   */
  public String decode(int[] ids, boolean skipSpecialTokens) {
    requireNonNull(ids, "ids is null");
    long[] longs = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0) {
        throw new IllegalArgumentException("ids[" + i + "] is negative: " + ids[i]);
      }
      longs[i] = ids[i];
    }
    return tokenizer.decode(longs, skipSpecialTokens);
  }

  /** The token strings and ids of {@code tokenizer.json}. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Begin, pad and end ids, and the special ids. */
  public SpecialTokens specialTokens() {
    return specialTokens;
  }

  /** The chat template of {@code tokenizer_config.json}. */
  public ChatTemplate chatTemplate() {
    return chatTemplate;
  }

  /** Renders a chat with {@link #chatTemplate()} and encodes it. */
  public int[] encodeChat(List<ChatMessage> messages, boolean addGenerationPrompt) {
    return encode(chatTemplate.render(messages, addGenerationPrompt));
  }

  private Encoding encoding(String text) {
    return tokenizer.encode(requireNonNull(text, "text is null"), false, false);
  }

  private static int[] toInts(long[] ids) {
    return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
