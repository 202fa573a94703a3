package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.encode.Collator;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.multitask.StreamPosition;
import io.ofa4j.runtime.multitask.TaskStream;
import io.ofa4j.runtime.multitask.schedule.SplitMix64;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A task's training examples as multimodal micro-batches. Each epoch is a permutation drawn from
 * the seed and the epoch number, so a {@link StreamPosition} alone fixes what follows. Examples
 * are encoded when drawn (images and audio are read and pre-processed then, with train-time
 * augmentation); every row is right-padded to a multiple of {@code padMultiple} tokens so that
 * the training graph, which is built once per batch shape, sees few distinct shapes.
 */
public final class MultimodalTaskStream implements TaskStream<MultimodalBatch> {
  private final String name;
  private final TaskPlan plan;
  private final List<RawExample> examples;
  private final SequenceBuilder builder;
  private final Collator collator;
  private final int padId;
  private final int padMultiple;
  private final long seed;
  private long epoch;
  private long offset;
  private int[] order;

  /**
   * @param name task name
   * @param plan the task's plan
   * @param examples training examples
   * @param builder encoder (its context should have {@code training = true})
   * @param padId padding token
   * @param padMultiple rows are padded to a multiple of this many tokens
   * @param seed order seed
   */
  public MultimodalTaskStream(String name, TaskPlan plan, List<RawExample> examples, SequenceBuilder builder,
      int padId, int padMultiple, long seed) {
    this.name = requireNonNull(name, "name is null");
    this.plan = requireNonNull(plan, "plan is null");
    this.examples = List.copyOf(requireNonNull(examples, "examples is null"));
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("task '" + name + "' has no training example");
    }
    if (padMultiple <= 0) {
      throw new IllegalArgumentException("padMultiple must be > 0, found " + padMultiple);
    }
    this.builder = requireNonNull(builder, "builder is null");
    this.collator = new Collator(padId);
    this.padId = padId;
    this.padMultiple = padMultiple;
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
    while (picked.size() < n) {
      if (offset == examples.size()) {
        epoch++;
        offset = 0;
        order = null;
      }
      RawExample ex = examples.get(epochOrder()[(int) offset++]);
      picked.add(builder.encode(plan, ex));
    }
    int longest = picked.stream().mapToInt(EncodedExample::length).max().orElseThrow();
    int target = (longest + padMultiple - 1) / padMultiple * padMultiple;
    return collator.collate(picked.stream().map(e -> padTo(e, target)).toList());
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

  /**
   * {@code e} right-padded to {@code t} tokens: no loss on the padding, positions continuing.
   * The padding comes after every real token, so under causal attention no real token sees it.
   */
  private EncodedExample padTo(EncodedExample e, int t) {
    int n = e.length();
    if (n == t) {
      return e;
    }
    int[] ids = Arrays.copyOf(e.ids(), t);
    int[] labels = Arrays.copyOf(e.labels(), t);
    int[] positions = Arrays.copyOf(e.positions(), t);
    for (int i = n; i < t; i++) {
      ids[i] = padId;
      labels[i] = TrainBatch.IGNORE_INDEX;
      positions[i] = positions[i - 1] + 1;
    }
    long[][] mrope = null;
    if (e.mrope() != null) {
      mrope = new long[3][];
      for (int a = 0; a < 3; a++) {
        mrope[a] = Arrays.copyOf(e.mrope()[a], t);
        for (int i = n; i < t; i++) {
          mrope[a][i] = mrope[a][i - 1] + 1;
        }
      }
    }
    return new EncodedExample(ids, labels, Arrays.copyOf(e.lossMask(), t), e.spans(), positions, mrope,
        e.promptLength(), e.state(), e.origin());
  }

  private int[] epochOrder() {
    if (order == null) {
      SplitMix64 rng = new SplitMix64(seed ^ new SplitMix64(epoch).nextLong());
      order = new int[examples.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      rng.shuffle(order);
    }
    return order;
  }
}
