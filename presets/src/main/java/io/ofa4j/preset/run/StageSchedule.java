package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which parameters train at which optimizer step: consecutive stages, each with the patterns
 * (full-match regular expressions over Hugging Face keys) of its trainable parameters; everything
 * else is frozen during that stage. No stage: everything trains.
 */
public final class StageSchedule {
  /** One stage: it covers steps {@code [start, end)}. */
  public record Stage(String name, long start, long end, List<Pattern> train) {
    public Stage {
      requireNonNull(name, "name is null");
      train = List.copyOf(requireNonNull(train, "train is null"));
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("stage '" + name + "' covers [" + start + ", " + end + "): empty");
      }
    }

    boolean trains(String key) {
      return train.stream().anyMatch(p -> p.matcher(key).matches());
    }
  }

  private final List<Stage> stages;

  private StageSchedule(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** Everything trains at every step. */
  public static StageSchedule none() {
    return new StageSchedule(List.of());
  }

  /** Stages in order; each must start where the previous ended. */
  public static StageSchedule of(List<Stage> stages) {
    requireNonNull(stages, "stages is null");
    for (int i = 1; i < stages.size(); i++) {
      if (stages.get(i).start() != stages.get(i - 1).end()) {
        throw new IllegalArgumentException("stage '" + stages.get(i).name() + "' starts at "
            + stages.get(i).start() + ", the previous ends at " + stages.get(i - 1).end());
      }
    }
    return new StageSchedule(stages);
  }

  /** The stage of optimizer step {@code step} (the last stage past the end), or null without stages. */
  public Stage at(long step) {
    for (Stage s : stages) {
      if (step < s.end()) {
        return s;
      }
    }
    return stages.isEmpty() ? null : stages.get(stages.size() - 1);
  }

  /** Which keys train at optimizer step {@code step} (all of them without stages). */
  public Predicate<String> trainable(long step) {
    Stage s = at(step);
    return s == null ? key -> true : s::trains;
  }

  /** The keys among {@code keys} frozen at {@code step}. */
  public List<String> frozen(long step, Collection<String> keys) {
    Stage s = at(step);
    return s == null ? List.of() : keys.stream().filter(k -> !s.trains(k)).sorted().toList();
  }
}
