package io.ofa4j.preset.api;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.run.CheckpointSession;
import io.ofa4j.preset.run.Services;
import java.nio.file.Path;

/** Entry points of the facade: a new training session, or a trained checkpoint. */
public final class Ofa4j {
  private Ofa4j() {}

  /** A new session over fresh services (one injector), starting from the {@code base} preset. */
  public static Session session() {
    return new Session(Services.create());
  }

  /** A new session over the given services. */
  public static Session session(Services services) {
    return new Session(requireNonNull(services, "services is null"));
  }

  /** A trained checkpoint (or a run directory's latest checkpoint). */
  public static Trained open(Path checkpoint) {
    return open(Services.create(), checkpoint);
  }

  /** A trained checkpoint, over the given services. */
  public static Trained open(Services services, Path checkpoint) {
    return new Trained(CheckpointSession.open(services, checkpoint));
  }
}
