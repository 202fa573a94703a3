package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

/**
 * One turn of a chat, as the Hugging Face chat templates receive it ({@code {"role", "content"}}).
 *
 * @param role {@code system}, {@code user} or {@code assistant} (other roles render as written)
 * @param content the turn's text
 */
public record ChatMessage(String role, String content) {

  public ChatMessage {
    requireNonNull(role, "role is null");
    requireNonNull(content, "content is null");
    if (role.isBlank()) {
      throw new IllegalArgumentException("chat message role is blank");
    }
  }

  /** A system turn. */
  public static ChatMessage system(String content) {
    return new ChatMessage("system", content);
  }

  /** A user turn. */
  public static ChatMessage user(String content) {
    return new ChatMessage("user", content);
  }

  /** An assistant turn. */
  public static ChatMessage assistant(String content) {
    return new ChatMessage("assistant", content);
  }
}
