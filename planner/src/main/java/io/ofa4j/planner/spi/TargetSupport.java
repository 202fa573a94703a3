package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whether, and how, a slot of a modality can be generated on the target side. */
public sealed interface TargetSupport {

  /**
   * The slot can be a target.
   *
   * @param loss the training loss of the slot (when not {@code no_loss})
   * @param generator how it is produced at inference
   * @param options generator options in print order (e.g. {@code max_length=128})
   * @param note a remark printed with the plan (e.g. planned-only), or {@code null}
   */
  record Generatable(LossRule loss, GeneratorKind generator, Map<String, String> options,
      String note) implements TargetSupport {
    public Generatable {
      requireNonNull(loss, "loss is null");
      requireNonNull(generator, "generator is null");
      options = Collections.unmodifiableMap(
          new LinkedHashMap<>(requireNonNull(options, "options is null")));
    }
  }

  /**
   * The slot cannot be a target with these settings.
   *
   * @param reason why, one sentence naming the slot's modality
   * @param help how to fix it, or {@code null}
   */
  record NotGeneratable(String reason, String help) implements TargetSupport {
    public NotGeneratable {
      requireNonNull(reason, "reason is null");
    }
  }
}
