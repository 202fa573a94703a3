package io.ofa4j.task.data;

import java.util.List;

/**
 * The Kaggle "1 million Sudoku games" CSV: header {@code quizzes,solutions}, each an 81-digit
 * string with {@code 0} for blanks. Slots {@code puzzle}, {@code solution}.
 */
public final class SudokuFormat {

  private SudokuFormat() {}

  /** The CSV layout; quoting is harmless since the fields are digits. */
  public static DelimitedFormat csv() {
    return DelimitedFormat.csv(true, ColumnMapping.parse("puzzle:quizzes,solution:solutions", List.of()));
  }
}
