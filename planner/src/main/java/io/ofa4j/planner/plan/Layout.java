package io.ofa4j.planner.plan;

import java.util.Locale;

/** How source and target are laid out in the single decoder sequence. */
public enum Layout {
  /**
   * Qwen chat format: {@code <|im_start|>user\n{source}<|im_end|>\n<|im_start|>assistant\n
   * {target}<|im_end|>}.
   */
  CHAT,
  /** Plain continuation: {@code {source}\n{target}<|endoftext|>}. */
  PLAIN;

  /**
   * The layout named {@code chat} or {@code plain} (any case).
   *
   * @throws IllegalArgumentException for another name, listing the known ones
   */
  public static Layout parse(String name) {
    for (Layout l : values()) {
      if (l.name().equalsIgnoreCase(name.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown layout '" + name + "'; expected chat or plain");
  }

  /** Lower-case name as written on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
