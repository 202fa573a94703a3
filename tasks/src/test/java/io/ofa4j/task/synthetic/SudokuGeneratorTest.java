package io.ofa4j.task.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.SudokuAccuracy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SudokuGeneratorTest {

  private static int[] grid(String s) {
    return s.chars().map(c -> c - '0').toArray();
  }

  @Test
  void solverSolvesTheWikipediaPuzzleUniquely() {
    String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    assertThat(SudokuSolver.countSolutions(grid(puzzle), 5)).isEqualTo(1);
    int[] solved = SudokuSolver.solve(grid(puzzle));
    StringBuilder sb = new StringBuilder();
    for (int v : solved) {
      sb.append(v);
    }
    assertThat(sb.toString()).isEqualTo("534678912672195348198342567859761423426853791713924856961537284287419635345286179");
    assertThat(SudokuSolver.countSolutions(new int[81], 2)).isEqualTo(2);
  }

  @Test
  void completeGridsAreValid() {
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      assertThat(SudokuAccuracy.isValidSolution(SudokuGenerator.completeGrid(random))).isTrue();
    }
  }

  @Test
  void puzzlesHaveUniqueSolutionsTheirGivensAndAreDeterministic() {
    List<Example> puzzles = new SudokuGenerator(9, 30).generate(5);
    assertThat(new SudokuGenerator(9, 30).generate(5)).extracting(Example::slots)
        .isEqualTo(puzzles.stream().map(Example::slots).toList());
    for (Example e : puzzles) {
      String puzzle = e.text("puzzle");
      String solution = e.text("solution");
      assertThat(SudokuSolver.countSolutions(grid(puzzle), 2)).isEqualTo(1);
      assertThat(SudokuAccuracy.solves(solution, puzzle)).isTrue();
      assertThat(puzzle.chars().filter(c -> c != '0').count()).isBetween(30L, 40L);
      // trivial baseline: echoing the puzzle solves nothing
      assertThat(SudokuAccuracy.solves(puzzle, puzzle)).isFalse();
    }
  }
}
