package io.ofa4j.runtime.multitask.checkpoint;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.LoopState;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@link LoopState} to and from {@code trainer_state.json} (snake_case keys). */
public final class LoopStateJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private LoopStateJson() {}

  /** The JSON text of {@code state}. */
  public static String write(LoopState state) {
    return MAPPER.writeValueAsString(requireNonNull(state, "state is null"));
  }

  /** Parses JSON text; {@code where} names the source in errors. */
  public static LoopState read(String json, String where) {
    try {
      return MAPPER.readValue(json, LoopState.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(where + ": not a valid trainer state: " + e.getOriginalMessage(), e);
    }
  }
}
