package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Sudoku ({@code sudoku}) from {@link SudokuGenerator}, one puzzle per index with
 * {@value #CLUES} givens and a unique solution. Slots {@code src} (81 digits, 0 for blank) and
 * {@code tgt} (the solution). Trivial baseline: copying the puzzle, which solves none (0%).
 */
final class SudokuDataset implements SyntheticDataset {
  static final int CLUES = 36;

  @Override
  public String name() {
    return "sudoku";
  }

  @Override
  public String description() {
    return CLUES + "-clue puzzles with unique solutions";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Example e = new SudokuGenerator(context.seedOf(index), CLUES).generate(1).get(0);
    return new Example(Map.of("src", e.text("puzzle"), "tgt", e.text("solution")), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return new Baseline("copy of the puzzle", eval.stream().map(e -> e.text("src")).toList(),
        eval.stream().map(e -> e.text("tgt")).toList());
  }
}
