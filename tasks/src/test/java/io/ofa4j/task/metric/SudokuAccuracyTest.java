package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SudokuAccuracyTest {

  // the example puzzle of Wikipedia's "Sudoku" article and its unique solution
  static final String PUZZLE = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
  static final String SOLUTION = "534678912672195348198342567859761423426853791713924856961537284287419635345286179";

  @Test
  void acceptsTheSolutionInAnyLayout() {
    StringBuilder grid = new StringBuilder();
    for (int r = 0; r < 9; r++) {
      grid.append(String.join(" ", SOLUTION.substring(r * 9, r * 9 + 9).split(""))).append('\n');
    }
    assertThat(SudokuAccuracy.solves(grid.toString(), PUZZLE)).isTrue();
    assertThat(SudokuAccuracy.solves(SOLUTION, PUZZLE.replace('0', '.'))).isTrue();
  }

  @Test
  void rejectsInvalidGridsAndChangedGivens() {
    String swapped = SOLUTION.substring(0, 80) + "8"; // last digit wrong: column/row duplicates
    assertThat(SudokuAccuracy.solves(swapped, PUZZLE)).isFalse();
    assertThat(SudokuAccuracy.solves(SOLUTION.substring(1), PUZZLE)).isFalse();
    // a valid grid (digits relabelled 1<->2 ...) that contradicts the givens
    String relabelled = SOLUTION.replace('1', 'x').replace('2', '1').replace('x', '2');
    assertThat(SudokuAccuracy.solves(relabelled, PUZZLE)).isFalse();
  }

  @Test
  void scoresAndReportsBadPuzzles() {
    MetricResult r = new SudokuAccuracy().compute(List.of(SOLUTION, "123", SOLUTION), List.of(PUZZLE, PUZZLE, "12x"));
    assertThat(r.score()).isEqualTo(0.5);
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.problems()).singleElement().asString().contains("puzzle 2 is not 81 characters");
  }
}
