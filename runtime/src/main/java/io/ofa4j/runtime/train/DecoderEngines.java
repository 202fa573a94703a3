package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.fused.FusedQwen2Step;
import io.ofa4j.runtime.weights.ParameterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the {@link DecoderEngine} an {@link EngineChoice} names. */
public final class DecoderEngines {
  private static final Logger LOG = LoggerFactory.getLogger(DecoderEngines.class);

  private DecoderEngines() {}

  /**
   * The engine for {@code choice}. {@link EngineChoice#AUTO} takes the fused step (about 2x the
   * SameDiff graph's speed) whenever {@link FusedQwen2Step#unsupported} finds nothing against it;
   * otherwise (float64 gradient checks, views or odd head_dim) the SameDiff graph, which handles
   * any float type. {@link EngineChoice#FUSED} on an unsupported setup throws with the reason.
   *
   * @param labelSmoothing PyTorch {@code label_smoothing} in [0, 1)
   */
  public static DecoderEngine create(Qwen2Config config, ParameterStore store, double labelSmoothing,
      EngineChoice choice) {
    requireNonNull(config, "config is null");
    requireNonNull(store, "store is null");
    requireNonNull(choice, "choice is null");
    String reason = FusedQwen2Step.unsupported(config, store);
    boolean fused = switch (choice) {
      case FUSED -> {
        if (reason != null) {
          throw new IllegalArgumentException("the fused engine cannot train this model: " + reason);
        }
        yield true;
      }
      case SAMEDIFF -> false;
      case AUTO -> reason == null;
    };
    if (choice == EngineChoice.AUTO) {
      LOG.info("gradient engine: {}", fused ? "fused" : "samediff (fused step unsupported: " + reason + ")");
    }
    return fused ? new FusedQwen2Step(config, store, labelSmoothing)
        : new Qwen2TrainingGraph(config, store, labelSmoothing);
  }
}
