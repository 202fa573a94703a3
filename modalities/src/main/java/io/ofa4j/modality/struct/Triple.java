package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

/**
 * A DART/WebNLG-style RDF triple.
 *
 * @param subject subject entity, e.g. {@code Mars_Hill_College}
 * @param predicate relation, e.g. {@code joinedAthleticConference}
 * @param object object entity or literal
 */
public record Triple(String subject, String predicate, String object) {

  /** Checks for nulls. */
  public Triple {
    requireNonNull(subject, "subject is null");
    requireNonNull(predicate, "predicate is null");
    requireNonNull(object, "object is null");
  }
}
