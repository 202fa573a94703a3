package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * Sudoku solved accuracy: a prediction is correct when its digits (any non-digit characters such as
 * spaces, bars or newlines are ignored) form a valid completed 9x9 grid (each row, column and 3x3
 * box holds 1..9 once) that keeps every given of the puzzle. The reference is the 81-character
 * puzzle with {@code 0} or {@code .} for blanks. Malformed puzzles are reported and skipped.
 */
public final class SudokuAccuracy implements Metric<String, String> {

  @Override
  public String name() {
    return "sudoku_accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  /** Whether {@code grid} (81 digits 1..9) is a valid completed Sudoku. */
  public static boolean isValidSolution(int[] grid) {
    for (int unit = 0; unit < 9; unit++) {
      int row = 0;
      int col = 0;
      int box = 0;
      for (int k = 0; k < 9; k++) {
        row |= 1 << grid[unit * 9 + k];
        col |= 1 << grid[k * 9 + unit];
        box |= 1 << grid[(unit / 3 * 3 + k / 3) * 9 + unit % 3 * 3 + k % 3];
      }
      int all = 0b1111111110;
      if (row != all || col != all || box != all) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code prediction} solves {@code puzzle}; the puzzle must already be valid. */
  public static boolean solves(String prediction, String puzzle) {
    String digits = prediction.replaceAll("[^0-9]", "");
    if (digits.length() != 81) {
      return false;
    }
    int[] grid = new int[81];
    for (int i = 0; i < 81; i++) {
      grid[i] = digits.charAt(i) - '0';
      char given = puzzle.charAt(i);
      if (grid[i] == 0 || (given != '0' && given != '.' && given - '0' != grid[i])) {
        return false;
      }
    }
    return isValidSolution(grid);
  }

  @Override
  public MetricResult compute(List<? extends String> predictions, List<? extends String> references) {
    MetricInputs<String, String> in = MetricInputs.pair(name(), predictions, references);
    int correct = 0;
    int scored = 0;
    for (int i = 0; i < in.size(); i++) {
      String puzzle = in.reference(i).strip();
      if (!puzzle.matches("[0-9.]{81}")) {
        in.problems().add(name() + ": puzzle " + in.originalIndex(i)
            + " is not 81 characters of 0-9 or '.': '" + puzzle + "'; skipped");
        continue;
      }
      scored++;
      if (solves(in.prediction(i), puzzle)) {
        correct++;
      }
    }
    return new MetricResult(name(), scored == 0 ? 0.0 : (double) correct / scored, scored,
        Map.of("correct", (double) correct), in.problems());
  }
}
