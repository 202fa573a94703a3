package io.ofa4j.preset.cli;

import io.ofa4j.runtime.tokenizer.ChatMessage;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j tokenize --model DIR "text"}: the token ids and BPE symbols of a text under a
 * model's tokenizer ({@code tokenizer.json}); {@code --decode 1,2,3} turns ids back into text.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = "Encode text with a model's tokenizer, or decode ids (--decode).")
final class TokenizeCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR",
      description = "Model directory holding tokenizer.json (and tokenizer_config.json).")
  Path model;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "Text to encode.")
  String text;

  @Option(names = "--decode", split = ",", paramLabel = "IDS",
      description = "Decode these comma-separated ids instead of encoding.")
  List<Integer> decode;

  @Option(names = "--skip-special", description = "With --decode: drop special tokens.")
  boolean skipSpecial;

  @Option(names = "--chat", description = "Encode TEXT as a user turn of the chat template,"
      + " with the assistant generation prompt.")
  boolean chat;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if ((text == null) == (decode == null)) {
      throw new CliException("give either TEXT to encode or --decode IDS");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Qwen2Tokenizer tokenizer = Qwen2Tokenizer.load(model)) {
      Map<String, Object> result = new LinkedHashMap<>();
      if (decode != null) {
        int[] ids = decode.stream().mapToInt(Integer::intValue).toArray();
        String decoded = tokenizer.decode(ids, skipSpecial);
        result.put("ids", decode);
        result.put("text", decoded);
        out.println(json ? JsonMapper.builder().build().writeValueAsString(result) : decoded);
      } else {
        String input = chat ? tokenizer.chatTemplate().render(List.of(ChatMessage.user(text)), true)
            : text;
        int[] ids = tokenizer.encode(input);
        List<String> tokens = tokenizer.tokens(input);
        result.put("text", input);
        result.put("ids", ids);
        result.put("tokens", tokens);
        if (json) {
          out.println(JsonMapper.builder().build().writeValueAsString(result));
        } else {
          printTable(out, ids, tokens, tokenizer);
        }
      }
    } catch (IllegalStateException e) {
      throw new CliException("error: " + e.getMessage()); // e.g. a non-ChatML chat template
    }
    out.flush();
    return 0;
  }

  /**
   * One line per token: index, id, the BPE symbol and the token's own text (a part of a
   * multi-byte character shows as U+FFFD).
   */
  private static void printTable(
      PrintWriter out, int[] ids, List<String> tokens, Qwen2Tokenizer tokenizer) {
    out.println(ids.length + " tokens");
    for (int i = 0; i < ids.length; i++) {
      String piece = tokenizer.decode(new int[] {ids[i]})
          .replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
      out.printf("%5d  %6d  %-14s \"%s\"%n", i, ids[i], tokens.get(i), piece);
    }
  }
}
