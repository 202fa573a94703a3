package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.encode.Collator;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.ExampleEncodingException;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.multitask.StreamPosition;
import io.ofa4j.runtime.multitask.TaskStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task's raw examples as the multi-task loop's {@link TaskStream}: a seeded shuffle per epoch,
 * each example encoded when it is drawn (so train-time augmentation sees a fresh seed per epoch and
 * example), malformed examples skipped and counted, micro-batches padded by the {@link Collator}.
 */
public final class ExampleTaskStream implements TaskStream<MultimodalBatch> {
  private static final Logger LOG = LoggerFactory.getLogger(ExampleTaskStream.class);

  private final String name;
  private final TaskPlan plan;
  private final List<RawExample> examples;
  private final KitRegistry kits;
  private final KitContext ctx;
  private final Collator collator;
  private final long seed;
  private long epoch;
  private long offset;
  private int[] order;
  private long skipped;

  /**
   * @param name task name
   * @param plan the task's plan (one template)
   * @param examples the training examples
   * @param kits modality kits
   * @param ctx tokenizer and training flag (its seed is replaced per example)
   * @param collator padding
   * @param seed order and augmentation seed
   */
  public ExampleTaskStream(String name, TaskPlan plan, List<RawExample> examples, KitRegistry kits,
      KitContext ctx, Collator collator, long seed) {
    this.name = requireNonNull(name, "name is null");
    this.plan = requireNonNull(plan, "plan is null");
    this.examples = List.copyOf(requireNonNull(examples, "examples is null"));
    if (this.examples.isEmpty()) {
      throw new IllegalArgumentException("task '" + name + "' has no training example");
    }
    this.kits = requireNonNull(kits, "kits is null");
    this.ctx = requireNonNull(ctx, "ctx is null");
    this.collator = requireNonNull(collator, "collator is null");
    this.seed = seed;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return examples.size();
  }

  @Override
  public MultimodalBatch next(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("task '" + name + "': micro-batch size " + n + " must be > 0");
    }
    List<EncodedExample> picked = new ArrayList<>(n);
    long misses = 0;
    while (picked.size() < n) {
      if (offset == examples.size()) {
        epoch++;
        offset = 0;
        order = null;
      }
      int index = epochOrder()[(int) offset++];
      long exampleSeed = new SplittableRandom(seed ^ (epoch * 0x9E3779B97F4A7C15L) ^ index).nextLong();
      KitContext c = new KitContext(ctx.tokenizer(), ctx.locations(), ctx.training(), exampleSeed);
      try {
        picked.add(new SequenceBuilder(kits, c).encode(plan, examples.get(index)));
      } catch (ExampleEncodingException e) {
        skipped++;
        LOG.warn("task '{}': skipping malformed example: {}", name, e.getMessage());
        if (++misses >= examples.size()) {
          throw new IllegalStateException("task '" + name + "': no example of an epoch encodes; last: "
              + e.getMessage(), e);
        }
      }
    }
    return collator.collate(picked);
  }

  /** Malformed examples skipped so far. */
  public long skipped() {
    return skipped;
  }

  @Override
  public StreamPosition position() {
    return new StreamPosition(epoch, offset);
  }

  @Override
  public void restore(StreamPosition position) {
    requireNonNull(position, "position is null");
    if (position.offset() > examples.size()) {
      throw new IllegalArgumentException("task '" + name + "': position offset " + position.offset()
          + " exceeds the " + examples.size() + " examples of an epoch");
    }
    epoch = position.epoch();
    offset = position.offset();
    order = null;
  }

  /** This epoch's order: a Fisher-Yates shuffle seeded by (seed, epoch). */
  private int[] epochOrder() {
    if (order == null) {
      SplittableRandom rng = new SplittableRandom(seed ^ (0xD1B54A32D192ED03L * (epoch + 1)));
      order = new int[examples.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = order.length - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    return order;
  }
}
