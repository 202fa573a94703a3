package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sudoku puzzles with a unique solution: a random complete grid (a shuffled valid pattern:
 * permuted digits, rows within bands, bands, columns within stacks and stacks), then cells removed
 * in random order as long as the puzzle keeps exactly one solution, until {@code targetClues}
 * givens remain or no further cell can go. Slots {@code puzzle} (81 chars, 0 for blank) and {@code
 * solution}, the Kaggle CSV layout. Trivial baseline: echoing the puzzle solves 0%.
 *
 * @param seed RNG seed
 * @param targetClues how many givens to aim for (17..81); fewer clues are harder and slower
 */
public record SudokuGenerator(long seed, int targetClues) {

  public SudokuGenerator {
    if (targetClues < 17 || targetClues > 81) {
      throw new IllegalArgumentException("targetClues must be in 17..81 but was " + targetClues);
    }
  }

  /** Generates {@code count} puzzles. */
  public List<Example> generate(int count) {
    Random random = new Random(seed);
    List<Example> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      int[] solution = completeGrid(random);
      int[] puzzle = solution.clone();
      List<Integer> cells = new ArrayList<>();
      for (int i = 0; i < 81; i++) {
        cells.add(i);
      }
      Collections.shuffle(cells, random);
      int clues = 81;
      for (int cell : cells) {
        if (clues <= targetClues) {
          break;
        }
        int keep = puzzle[cell];
        puzzle[cell] = 0;
        if (SudokuSolver.countSolutions(puzzle, 2) != 1) {
          puzzle[cell] = keep;
        } else {
          clues--;
        }
      }
      Map<String, Object> slots = new LinkedHashMap<>();
      slots.put("puzzle", digits(puzzle));
      slots.put("solution", digits(solution));
      out.add(new Example(slots, "synthetic-sudoku#" + n));
    }
    return out;
  }

  private static String digits(int[] grid) {
    StringBuilder sb = new StringBuilder(81);
    for (int v : grid) {
      sb.append((char) ('0' + v));
    }
    return sb.toString();
  }

  /** A valid full grid: the base pattern (r*3 + r/3 + c) % 9 + 1 under random symmetry moves. */
  static int[] completeGrid(Random random) {
    int[] digits = permutation(random, 9);
    int[] rowOrder = bandOrder(random);
    int[] colOrder = bandOrder(random);
    int[] grid = new int[81];
    for (int r = 0; r < 9; r++) {
      for (int c = 0; c < 9; c++) {
        int rr = rowOrder[r];
        int cc = colOrder[c];
        grid[r * 9 + c] = digits[(rr * 3 + rr / 3 + cc) % 9] + 1;
      }
    }
    return grid;
  }

  private static int[] bandOrder(Random random) {
    int[] bands = permutation(random, 3);
    int[] order = new int[9];
    for (int b = 0; b < 3; b++) {
      int[] within = permutation(random, 3);
      for (int k = 0; k < 3; k++) {
        order[b * 3 + k] = bands[b] * 3 + within[k];
      }
    }
    return order;
  }

  private static int[] permutation(Random random, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
