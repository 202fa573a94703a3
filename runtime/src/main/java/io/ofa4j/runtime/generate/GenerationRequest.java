package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of prompts (of any lengths) and how to continue them.
 *
 * @param prompts token ids per row, each non-empty
 * @param config decoding strategy and limits
 * @param forcedPrefix ids forced at the start of every row's output (e.g. target-side prompt
 *     text, as OFASys forces decoder prompts); they count toward no limit
 * @param keepForcedPrefix whether results and streams include the forced prefix
 * @param constraint restriction on the output after the forced prefix
 * @param streamer receives output tokens as they are chosen
 */
public record GenerationRequest(
    List<int[]> prompts,
    GenerationConfig config,
    int[] forcedPrefix,
    boolean keepForcedPrefix,
    DecodingConstraint constraint,
    TokenStreamer streamer) {

  public GenerationRequest {
    requireNonNull(prompts, "prompts is null");
    List<int[]> copy = new ArrayList<>(prompts.size());
    for (int i = 0; i < prompts.size(); i++) {
      copy.add(requireNonNull(prompts.get(i), "prompts[" + i + "] is null").clone());
    }
    prompts = List.copyOf(copy);
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException("a generation request needs at least one prompt");
    }
    requireNonNull(config, "config is null");
    forcedPrefix = requireNonNull(forcedPrefix, "forcedPrefix is null").clone();
    requireNonNull(constraint, "constraint is null");
    requireNonNull(streamer, "streamer is null");
  }

  /** Prompts with {@code config}: no forced prefix, no constraint, no streaming. */
  public static Builder builder(List<int[]> prompts, GenerationConfig config) {
    return new Builder(prompts, config);
  }

  /** Builds a {@link GenerationRequest}; prompts and config are required, the rest optional. */
  public static final class Builder {
    private final List<int[]> prompts;
    private final GenerationConfig config;
    private int[] forcedPrefix = new int[0];
    private boolean keepForcedPrefix;
    private DecodingConstraint constraint = DecodingConstraint.NONE;
    private TokenStreamer streamer = TokenStreamer.NONE;

    private Builder(List<int[]> prompts, GenerationConfig config) {
      this.prompts = prompts;
      this.config = config;
    }

    /** Forces {@code ids} at the start of the output; {@code keep} includes them in results. */
    public Builder optForcedPrefix(int[] ids, boolean keep) {
      forcedPrefix = requireNonNull(ids, "ids is null");
      keepForcedPrefix = keep;
      return this;
    }

    /** Restricts the output, e.g. {@link TokenTrieConstraint}, {@link TokenRangeConstraint}. */
    public Builder optConstraint(DecodingConstraint value) {
      constraint = requireNonNull(value, "constraint is null");
      return this;
    }

    /** Streams tokens as they are chosen. */
    public Builder optStreamer(TokenStreamer value) {
      streamer = requireNonNull(value, "streamer is null");
      return this;
    }

    /** The request. */
    public GenerationRequest build() {
      return new GenerationRequest(
          prompts, config, forcedPrefix, keepForcedPrefix, constraint, streamer);
    }
  }
}
