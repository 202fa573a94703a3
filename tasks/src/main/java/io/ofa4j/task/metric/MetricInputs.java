package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Pairs predictions with references and records the input problems every metric reports the same
 * way: empty lists, a length mismatch, null entries and examples with no reference.
 *
 * @param <P> prediction type
 * @param <R> reference type
 */
public final class MetricInputs<P, R> {

  private final List<P> predictions = new ArrayList<>();
  private final List<R> references = new ArrayList<>();
  private final List<Integer> indices = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private MetricInputs() {}

  /** Validates and pairs the inputs of metric {@code name}; never throws on bad input. */
  public static <P, R> MetricInputs<P, R> pair(
      String name, List<? extends P> predictions, List<? extends R> references) {
    return pair(name, predictions, references, false);
  }

  /**
   * As {@link #pair(String, List, List)}; with {@code emptyReferenceAllowed} an empty reference
   * collection is kept (an image without objects is a valid detection reference).
   */
  public static <P, R> MetricInputs<P, R> pair(
      String name,
      List<? extends P> predictions,
      List<? extends R> references,
      boolean emptyReferenceAllowed) {
    MetricInputs<P, R> inputs = new MetricInputs<>();
    List<? extends P> preds = predictions == null ? List.of() : predictions;
    List<? extends R> refs = references == null ? List.of() : references;
    if (preds.isEmpty()) {
      inputs.problems.add(name + ": no predictions");
    }
    if (refs.isEmpty()) {
      inputs.problems.add(name + ": no references");
    }
    if (!preds.isEmpty() && !refs.isEmpty() && preds.size() != refs.size()) {
      inputs.problems.add(
          name
              + ": "
              + preds.size()
              + " predictions but "
              + refs.size()
              + " references; scoring the first "
              + Math.min(preds.size(), refs.size()));
    }
    int n = Math.min(preds.size(), refs.size());
    for (int i = 0; i < n; i++) {
      P p = preds.get(i);
      R r = refs.get(i);
      if (p == null) {
        inputs.problems.add(name + ": prediction " + i + " is null; skipped");
      } else if (r == null || (!emptyReferenceAllowed && r instanceof Collection<?> c && c.isEmpty())) {
        inputs.problems.add(name + ": example " + i + " has no reference; skipped");
      } else {
        inputs.predictions.add(p);
        inputs.references.add(r);
        inputs.indices.add(i);
      }
    }
    return inputs;
  }

  /** Number of usable pairs. */
  public int size() {
    return predictions.size();
  }

  public P prediction(int i) {
    return predictions.get(i);
  }

  public R reference(int i) {
    return references.get(i);
  }

  /** Index of usable pair {@code i} in the caller's original lists. */
  public int originalIndex(int i) {
    return indices.get(i);
  }

  public List<P> predictions() {
    return predictions;
  }

  public List<R> references() {
    return references;
  }

  /** Problems found so far; metrics may append their own. */
  public List<String> problems() {
    return problems;
  }
}
