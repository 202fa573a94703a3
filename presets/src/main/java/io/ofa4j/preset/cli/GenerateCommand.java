package io.ofa4j.preset.cli;

import io.ofa4j.runtime.generate.GenerationConfig;
import io.ofa4j.runtime.generate.GenerationConfigReader;
import io.ofa4j.runtime.generate.GenerationRequest;
import io.ofa4j.runtime.generate.GenerationResult;
import io.ofa4j.runtime.generate.Generator;
import io.ofa4j.runtime.generate.TokenStreamer;
import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.tokenizer.ChatMessage;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import io.ofa4j.runtime.weights.SafetensorsException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j generate --model DIR --prompt TEXT}: continues a prompt with a Qwen2 checkpoint
 * directory (config.json, model.safetensors, tokenizer.json), greedy by default. Streams the text
 * to stdout as it is generated, or prints one JSON object with {@code --json}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Continue a prompt with a Qwen2 model directory (greedy by default).")
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR",
      description = "Hugging Face model directory (config.json, model.safetensors, tokenizer.json).")
  Path model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Prompt prompt;

  /** Exactly one of text or ids. */
  static final class Prompt {
    @Option(names = "--prompt", paramLabel = "TEXT", description = "Prompt text.")
    String text;

    @Option(names = "--ids", split = ",", paramLabel = "IDS", description = "Prompt token ids.")
    List<Integer> ids;
  }

  @Option(names = "--chat", description = "Wrap --prompt as a user turn of the chat template.")
  boolean chat;

  @Option(names = "--system", paramLabel = "TEXT",
      description = "With --chat: the system turn (default: the template's).")
  String system;

  @Option(names = "--json", description = "Print one JSON object instead of streaming text.")
  boolean json;

  @Mixin GenerationOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    requireFiles(model);
    if (chat && prompt.text == null) {
      throw new CliException("--chat needs --prompt TEXT");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Qwen2Tokenizer tokenizer = Qwen2Tokenizer.load(model);
        Qwen2Model qwen2 = loadModel(model)) {
      int[] ids = promptIds(tokenizer);
      GenerationConfig config = options.apply(GenerationConfigReader.read(model));
      int positions = qwen2.config().maxPositionEmbeddings();
      if (ids.length + config.maxNewTokens() > positions) {
        throw new CliException("prompt (" + ids.length + " tokens) + max new tokens ("
            + config.maxNewTokens() + ") exceed max_position_embeddings (" + positions + ")");
      }
      TokenStreamer streamer = json ? TokenStreamer.NONE : (row, token, text) -> {
        out.print(text);
        out.flush();
      };
      GenerationResult result = Generator.withTokenizer(qwen2, tokenizer).generate(
          GenerationRequest.builder(List.of(ids), config).optStreamer(streamer).build()).get(0);
      if (json) {
        out.println(JsonMapper.builder().build().writeValueAsString(toJson(ids, result)));
      } else {
        out.println();
      }
      out.flush();
      return 0;
    } catch (IllegalStateException e) {
      throw new CliException("error: " + e.getMessage()); // e.g. a non-ChatML chat template
    }
  }

  private int[] promptIds(Qwen2Tokenizer tokenizer) {
    if (prompt.ids != null) {
      return prompt.ids.stream().mapToInt(Integer::intValue).toArray();
    }
    if (!chat) {
      return tokenizer.encode(prompt.text);
    }
    List<ChatMessage> messages = new ArrayList<>();
    if (system != null) {
      messages.add(ChatMessage.system(system));
    }
    messages.add(ChatMessage.user(prompt.text));
    return tokenizer.encodeChat(messages, true);
  }

  /** Names the first missing file of a checkpoint directory (exit code 2). */
  private static void requireFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliException("model directory not found: " + dir);
    }
    for (String file : List.of("config.json", "tokenizer.json")) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw new CliException("model directory " + dir + " has no " + file);
      }
    }
    if (!Files.isRegularFile(dir.resolve("model.safetensors"))
        && !Files.isRegularFile(dir.resolve("model.safetensors.index.json"))) {
      throw new CliException("model directory " + dir
          + " has no model.safetensors (nor model.safetensors.index.json)");
    }
  }

  private static Qwen2Model loadModel(Path dir) {
    try {
      Qwen2Checkpoint checkpoint = Qwen2Checkpoint.load(dir);
      return new Qwen2Model(checkpoint.config(), checkpoint.parameters());
    } catch (SafetensorsException e) {
      throw new CliException("error: " + e.getMessage());
    }
  }

  private static Map<String, Object> toJson(int[] promptIds, GenerationResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("prompt_ids", promptIds);
    map.put("ids", result.tokenIds());
    map.put("text", result.text());
    map.put("finish_reason", result.finishReason().name().toLowerCase(Locale.ROOT));
    map.put("token_scores", result.tokenScores());
    map.put("score", result.score());
    return map;
  }
}
