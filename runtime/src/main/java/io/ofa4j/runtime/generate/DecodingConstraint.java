package io.ofa4j.runtime.generate;

/**
 * Restricts which tokens may be generated, as a state machine over the output (forced prefix
 * excluded). Each hypothesis carries its own immutable {@link State}, so beam search can copy
 * and reorder them freely. Applied after the logits processors and before sampling, like Hugging
 * Face's {@code PrefixConstrainedLogitsProcessor}.
 */
public interface DecodingConstraint {

  /** No restriction. */
  DecodingConstraint NONE = () -> State.ANY;

  /** The state before the first output token. */
  State start();

  /** Where a hypothesis stands within the constraint. */
  interface State {
    /** Every token allowed, ending allowed. */
    State ANY = new State() {
      @Override
      public int[] allowedTokens() {
        return null;
      }

      @Override
      public boolean mayEnd() {
        return true;
      }

      @Override
      public State advance(int token) {
        return this;
      }
    };

    /** Ids allowed next (end-of-sequence ids aside), or null when every token is allowed. */
    int[] allowedTokens();

    /** Whether the output may end here: end-of-sequence ids are allowed only then. */
    boolean mayEnd();

    /** Whether nothing but an end may follow. */
    default boolean isComplete() {
      int[] allowed = allowedTokens();
      return allowed != null && allowed.length == 0;
    }

    /** The state after {@code token}; a token the state does not allow is an error. */
    State advance(int token);
  }
}
