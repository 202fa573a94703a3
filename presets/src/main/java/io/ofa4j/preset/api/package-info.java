/**
 * A fluent Java facade over ofa4j runs, for notebooks and the command line alike:
 *
 * <pre>{@code
 * Session s = Ofa4j.session()
 *     .task("cap", "[IMAGE:img] what does the image describe? -> [TEXT:cap]").synthetic("scene_caption", 200)
 *     .set("trainer.learning_rate", "0.003");
 * TrainResult r = s.train(300);          // prints as a run summary with the evaluation table
 * EvalTable t = s.evaluate();            // prints as a table
 * InferResult p = s.infer(Map.of("img", Path.of("photo.png")));
 * Trained m = Ofa4j.open(Path.of("runs/quickstart"));   // a checkpoint, later
 * }</pre>
 *
 * <p>{@code ofa4j train}, {@code eval}, {@code infer} and {@code quickstart} call the same classes.
 */
package io.ofa4j.preset.api;
