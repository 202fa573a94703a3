package io.ofa4j.preset.notebook;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.preset.report.Box;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.InferResult;
import io.ofa4j.preset.run.PredictionValues;
import java.util.List;
import java.util.Map;

/**
 * Turns the facade's results ({@code io.ofa4j.preset.api}) into displayable values: an
 * evaluation as a {@link TextTable}, a predicted box as a drawable {@link Box}, predictions of
 * several inputs as one table.
 */
public final class Results {
  private Results() {}

  /**
   * The evaluation as a table: task, metric (with {@code ^} when higher is better, {@code v}
   * when lower is), the model's value, the trivial baseline's, the margin (positive: the model is
   * better) and the number of validation examples.
   */
  public static TextTable evaluation(EvalTable table) {
    requireNonNull(table, "table is null");
    TextTable out = TextTable.of("task", "metric", "value", "baseline", "margin", "n");
    for (EvalTable.Row r : table.rows()) {
      out = out.row(r.task(), r.metric() + (r.higherIsBetter() ? " ^" : " v"), r.value(),
          r.baseline(), r.margin(), r.examples());
    }
    return out;
  }

  /**
   * The predicted box of a BOX-target result, in pixels.
   *
   * @throws IllegalArgumentException when the result holds no box (naming its task, slot,
   *     modality and value)
   */
  public static Box box(InferResult result) {
    requireNonNull(result, "result is null");
    if (result.value() instanceof BoundingBox b) {
      return new Box(b.x0(), b.y0(), b.x1(), b.y1());
    }
    if (result.value() instanceof double[] d && d.length == 4) {
      return new Box(d[0], d[1], d[2], d[3]);
    }
    throw new IllegalArgumentException("task '" + result.task() + "' slot '" + result.slot()
        + "' (" + result.modality() + ") predicted " + result.value() + ", not a box");
  }

  /**
   * One row per input: the input slots' values, then the prediction.
   *
   * @param inputs the inputs, in order; every map has the same keys as the first
   * @param predictions the prediction of each input
   */
  public static TextTable predictions(List<? extends Map<String, ?>> inputs,
      List<InferResult> predictions) {
    requireNonNull(inputs, "inputs is null");
    requireNonNull(predictions, "predictions is null");
    if (inputs.isEmpty() || inputs.size() != predictions.size()) {
      throw new IllegalArgumentException("need as many predictions as inputs (at least one), got "
          + inputs.size() + " inputs and " + predictions.size() + " predictions");
    }
    List<String> keys = List.copyOf(inputs.get(0).keySet());
    String target = predictions.get(0).slot();
    String[] header = new String[keys.size() + 1];
    for (int i = 0; i < keys.size(); i++) {
      header[i] = keys.get(i);
    }
    header[keys.size()] = "predicted " + target;
    TextTable out = TextTable.of(header);
    for (int r = 0; r < inputs.size(); r++) {
      Map<String, ?> in = inputs.get(r);
      if (!in.keySet().equals(inputs.get(0).keySet())) {
        throw new IllegalArgumentException("input " + r + " has slots " + in.keySet()
            + ", input 0 has " + keys);
      }
      Object[] cells = new Object[keys.size() + 1];
      for (int i = 0; i < keys.size(); i++) {
        cells[i] = in.get(keys.get(i));
      }
      cells[keys.size()] = PredictionValues.display(predictions.get(r).value());
      out = out.row(cells);
    }
    return out;
  }
}
