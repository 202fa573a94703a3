package io.ofa4j.runtime.multitask.checkpoint;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.weights.ParameterStore;

/**
 * The live training state a checkpoint saves and restores in place.
 *
 * @param config the decoder's configuration
 * @param parameters every weight (language model and adapters), restored by assigning into the
 *     existing arrays so graphs built over them stay valid
 * @param optimizer the optimizer whose moments and step are saved
 */
public record ModelState(Qwen2Config config, ParameterStore parameters, AdamW optimizer) {
  public ModelState {
    requireNonNull(config, "config is null");
    requireNonNull(parameters, "parameters is null");
    requireNonNull(optimizer, "optimizer is null");
  }
}
