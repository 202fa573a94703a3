/**
 * Synthetic shape scenes (coloured circles, squares and triangles rendered with Java2D) and the
 * vision tasks derived from them: captioning, VQA, grounding, grounded captioning, detection,
 * classification and visual entailment.
 */
package io.ofa4j.task.synthetic.scene;
