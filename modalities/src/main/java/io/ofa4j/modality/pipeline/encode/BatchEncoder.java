package io.ofa4j.modality.pipeline.encode;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.plan.TaskPlan;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes many examples of one plan. Strict mode rethrows the first {@link
 * ExampleEncodingException}; lenient mode logs it, counts it and keeps the other examples.
 */
public final class BatchEncoder {
  private static final Logger LOG = LoggerFactory.getLogger(BatchEncoder.class);

  private final SequenceBuilder builder;
  private final boolean skipMalformed;
  private long skipped;

  /**
   * @param builder the per-example encoder
   * @param skipMalformed whether a malformed example is skipped (and counted) instead of thrown
   */
  public BatchEncoder(SequenceBuilder builder, boolean skipMalformed) {
    this.builder = requireNonNull(builder, "builder is null");
    this.skipMalformed = skipMalformed;
  }

  /** Encodes {@code examples}, in order, minus the skipped ones. */
  public List<EncodedExample> encode(TaskPlan plan, List<RawExample> examples) {
    List<EncodedExample> out = new ArrayList<>(examples.size());
    for (RawExample ex : examples) {
      try {
        out.add(builder.encode(plan, ex));
      } catch (ExampleEncodingException e) {
        if (!skipMalformed) {
          throw e;
        }
        skipped++;
        LOG.warn("skipping malformed example: {}", e.getMessage());
      }
    }
    return out;
  }

  /** Examples skipped so far. */
  public long skipped() {
    return skipped;
  }
}
