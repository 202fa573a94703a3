/**
 * Deterministic synthetic datasets (same seed, same bytes), one per trainable catalog task:
 * {@link io.ofa4j.task.synthetic.SyntheticDataset} is the SPI (example {@code i} is a pure function
 * of seed and index; train and validation are disjoint index ranges), media are written atomically
 * into a {@link io.ofa4j.task.synthetic.MediaCache}, and every dataset computes its trivial
 * {@link io.ofa4j.task.synthetic.Baseline} from the data. The generators behind them: templated
 * GLUE-style pairs, summaries, infilling, instruction tasks, table QA, table-to-text, SQL over
 * generated SQLite tables, Sudoku, shape scenes ({@code scene}), spoken words ({@code speech}),
 * moving-shape clips ({@code video}) and motion ({@code motion}).
 */
package io.ofa4j.task.synthetic;
