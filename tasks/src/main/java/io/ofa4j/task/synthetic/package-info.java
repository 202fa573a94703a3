/**
 * Deterministic synthetic text datasets (same seed, same bytes): templated sentiment,
 * acceptability, entailment and paraphrase pairs with label noise, Sudoku puzzles with unique
 * solutions, SQL questions over generated SQLite tables, and table-to-text triples. Each generator
 * documents its trivial baseline so a trained model's score can be judged.
 */
package io.ofa4j.task.synthetic;
