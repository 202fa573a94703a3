package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exactly one token per listed position, each within that position's {@link TokenRange}, then
 * an end. A box as four location tokens is {@code repeat(4, new TokenRange(binFirst, binLast))}.
 */
public final class TokenRangeConstraint implements DecodingConstraint {
  private final List<TokenRange> positions;
  private final State[] states;

  /** One range per output position. */
  public TokenRangeConstraint(List<TokenRange> positions) {
    this.positions = List.copyOf(requireNonNull(positions, "positions is null"));
    if (this.positions.isEmpty()) {
      throw new IllegalArgumentException("a range constraint needs at least one position");
    }
    states = new State[this.positions.size() + 1];
    for (int i = states.length - 1; i >= 0; i--) {
      states[i] = new Position(i);
    }
  }

  /** {@code count} positions sharing one range. */
  public static TokenRangeConstraint repeat(int count, TokenRange range) {
    if (count < 1) {
      throw new IllegalArgumentException("count (" + count + ") must be >= 1");
    }
    return new TokenRangeConstraint(Collections.nCopies(count, range));
  }

  /** The ranges, one per position. */
  public List<TokenRange> positions() {
    return positions;
  }

  @Override
  public State start() {
    return states[0];
  }

  /** The state after {@code index} tokens. */
  private final class Position implements State {
    private final int index;
    private final int[] allowed;

    Position(int index) {
      this.index = index;
      this.allowed = index < positions.size()
          ? IntStream.rangeClosed(positions.get(index).first(), positions.get(index).last())
              .toArray()
          : new int[0];
    }

    @Override
    public int[] allowedTokens() {
      return allowed;
    }

    @Override
    public boolean mayEnd() {
      return index == positions.size();
    }

    @Override
    public State advance(int token) {
      if (index == positions.size() || !positions.get(index).contains(token)) {
        throw new IllegalStateException("token " + token + " is not allowed at position " + index
            + (index < positions.size() ? "; allowed: " + positions.get(index) : "; must end"));
      }
      return states[index + 1];
    }
  }
}
