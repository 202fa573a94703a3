package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qwen2's ChatML chat template, rendered in Java. It is equivalent to the Jinja
 * {@code chat_template} that Qwen2-Instruct ships in {@code tokenizer_config.json}:
 *
 * <pre>
 * &lt;|im_start|&gt;system\n{default system prompt}&lt;|im_end|&gt;\n   (only if the first turn is not a system turn)
 * &lt;|im_start|&gt;{role}\n{content}&lt;|im_end|&gt;\n              (every turn)
 * &lt;|im_start|&gt;assistant\n                                  (if add_generation_prompt)
 * </pre>
 *
 * <p>No Jinja engine is embedded: {@link #fromJinja} recognises the Qwen2 template (whitespace and
 * the default system prompt may differ) and marks any other template as unsupported, so that
 * {@link #render} refuses it rather than producing a prompt the model was not trained on.
 */
public final class ChatTemplate {

  /** The default system prompt of the Qwen2 template. */
  public static final String QWEN2_DEFAULT_SYSTEM = "You are a helpful assistant.";

  // The Qwen2 template with the default system prompt cut out ("@SYSTEM@") and all whitespace
  // removed; newlines inside Jinja string literals are compared as '\n' escapes.
  private static final String QWEN2_SHAPE =
      "{%formessageinmessages%}{%ifloop.firstandmessages[0]['role']!='system'%}"
          + "{{'<|im_start|>system\\n@SYSTEM@<|im_end|>\\n'}}{%endif%}"
          + "{{'<|im_start|>'+message['role']+'\\n'+message['content']+'<|im_end|>'+'\\n'}}"
          + "{%endfor%}{%ifadd_generation_prompt%}{{'<|im_start|>assistant\\n'}}{%endif%}";
  private static final Pattern DEFAULT_SYSTEM =
      Pattern.compile("<\\|im_start\\|>system\\\\n(.*?)<\\|im_end\\|>", Pattern.DOTALL);

  private final String defaultSystem;
  private final String unsupportedReason;

  private ChatTemplate(String defaultSystem, String unsupportedReason) {
    this.defaultSystem = defaultSystem;
    this.unsupportedReason = unsupportedReason;
  }

  /** The Qwen2 ChatML template with the given default system prompt. */
  public static ChatTemplate chatMl(String defaultSystem) {
    return new ChatTemplate(requireNonNull(defaultSystem, "defaultSystem is null"), null);
  }

  /**
   * Recognises a Jinja {@code chat_template}. {@code source} names where it came from (e.g.
   * {@code "tokenizer_config.json field chat_template"}) for the error {@link #render} throws when
   * the template is absent ({@code jinja} null) or not Qwen2's ChatML.
   */
  public static ChatTemplate fromJinja(String jinja, String source) {
    requireNonNull(source, "source is null");
    if (jinja == null) {
      return new ChatTemplate(null, source + " is absent");
    }
    String escaped = escapeNewlinesInLiterals(jinja);
    Matcher m = DEFAULT_SYSTEM.matcher(escaped);
    if (m.find()) {
      String system = m.group(1);
      String shape = (escaped.substring(0, m.start(1)) + "@SYSTEM@" + escaped.substring(m.end(1)))
          .replaceAll("\\s+", "");
      if (shape.equals(QWEN2_SHAPE) && !system.contains("'")) {
        return chatMl(system.replace("\\n", "\n"));
      }
    }
    String head = jinja.length() > 80 ? jinja.substring(0, 80) + "..." : jinja;
    return new ChatTemplate(null, source + " is not the Qwen2 ChatML template (found: "
        + head.replace("\n", "\\n") + "); only that template is rendered without a Jinja engine");
  }

  /** Whether this is the Qwen2 ChatML template, i.e. {@link #render} works. */
  public boolean isChatMl() {
    return unsupportedReason == null;
  }

  /** The default system prompt used when the first turn is not a system turn. */
  public String defaultSystemPrompt() {
    checkSupported();
    return defaultSystem;
  }

  /**
   * Renders {@code messages} as the Jinja template would with {@code add_generation_prompt} set
   * as given.
   *
   * @throws IllegalStateException if the file's template is not the Qwen2 ChatML one
   */
  public String render(List<ChatMessage> messages, boolean addGenerationPrompt) {
    requireNonNull(messages, "messages is null");
    checkSupported();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage message = requireNonNull(messages.get(i), "messages[" + i + "] is null");
      if (i == 0 && !message.role().equals("system")) {
        sb.append("<|im_start|>system\n").append(defaultSystem).append("<|im_end|>\n");
      }
      sb.append("<|im_start|>").append(message.role()).append('\n')
          .append(message.content()).append("<|im_end|>\n");
    }
    if (addGenerationPrompt) {
      sb.append("<|im_start|>assistant\n");
    }
    return sb.toString();
  }

  /**
   * Inside single-quoted Jinja literals a real newline and a {@code \n} escape are the same string,
   * so real ones become escapes; outside literals newlines are layout and are dropped later.
   */
  private static String escapeNewlinesInLiterals(String jinja) {
    StringBuilder sb = new StringBuilder(jinja.length());
    boolean inLiteral = false;
    for (int i = 0; i < jinja.length(); i++) {
      char c = jinja.charAt(i);
      if (c == '\\' && inLiteral && i + 1 < jinja.length()) {
        sb.append(c).append(jinja.charAt(++i));
        continue;
      }
      if (c == '\'') {
        inLiteral = !inLiteral;
      }
      if (inLiteral && c == '\n') {
        sb.append("\\n");
      } else if (!(inLiteral && c == '\r')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private void checkSupported() {
    if (unsupportedReason != null) {
      throw new IllegalStateException(unsupportedReason);
    }
  }
}
