package io.ofa4j.task.synthetic;

/**
 * Backtracking Sudoku solver over bitmasks (most-constrained cell first). Grids are 81 ints, 0 for
 * a blank. Used to count solutions (stopping at a limit) when making puzzles with a unique solution.
 */
public final class SudokuSolver {

  private SudokuSolver() {}

  /** Number of solutions of {@code grid}, counting at most {@code limit}. */
  public static int countSolutions(int[] grid, int limit) {
    int[] g = grid.clone();
    int[] rows = new int[9];
    int[] cols = new int[9];
    int[] boxes = new int[9];
    for (int i = 0; i < 81; i++) {
      int v = g[i];
      if (v != 0) {
        int bit = 1 << v;
        if ((rows[i / 9] & bit) != 0 || (cols[i % 9] & bit) != 0 || (boxes[box(i)] & bit) != 0) {
          return 0;
        }
        rows[i / 9] |= bit;
        cols[i % 9] |= bit;
        boxes[box(i)] |= bit;
      }
    }
    return search(g, rows, cols, boxes, limit, null);
  }

  /** A solution of {@code grid}, or null when it has none. */
  public static int[] solve(int[] grid) {
    int[] g = grid.clone();
    int[] rows = new int[9];
    int[] cols = new int[9];
    int[] boxes = new int[9];
    for (int i = 0; i < 81; i++) {
      if (g[i] != 0) {
        rows[i / 9] |= 1 << g[i];
        cols[i % 9] |= 1 << g[i];
        boxes[box(i)] |= 1 << g[i];
      }
    }
    int[][] found = new int[1][];
    search(g, rows, cols, boxes, 1, found);
    return found[0];
  }

  static int box(int i) {
    return (i / 27) * 3 + (i % 9) / 3;
  }

  private static int search(int[] g, int[] rows, int[] cols, int[] boxes, int limit, int[][] found) {
    int best = -1;
    int bestFree = 0;
    int bestCount = 10;
    for (int i = 0; i < 81; i++) {
      if (g[i] == 0) {
        int free = ~(rows[i / 9] | cols[i % 9] | boxes[box(i)]) & 0b1111111110;
        int count = Integer.bitCount(free);
        if (count < bestCount) {
          best = i;
          bestFree = free;
          bestCount = count;
          if (count <= 1) {
            break;
          }
        }
      }
    }
    if (best < 0) {
      if (found != null) {
        found[0] = g.clone();
      }
      return 1;
    }
    int total = 0;
    for (int v = 1; v <= 9 && total < limit; v++) {
      int bit = 1 << v;
      if ((bestFree & bit) != 0) {
        g[best] = v;
        rows[best / 9] |= bit;
        cols[best % 9] |= bit;
        boxes[box(best)] |= bit;
        total += search(g, rows, cols, boxes, limit - total, found);
        rows[best / 9] &= ~bit;
        cols[best % 9] &= ~bit;
        boxes[box(best)] &= ~bit;
        g[best] = 0;
      }
    }
    return total;
  }
}
