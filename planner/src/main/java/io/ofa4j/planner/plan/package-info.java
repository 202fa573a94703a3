/**
 * The immutable result of planning: one {@link io.ofa4j.planner.plan.TaskPlan} per template, with
 * the decoder sequence layout as explicit segments, per-slot settings, the target generator and
 * which segments carry loss.
 */
package io.ofa4j.planner.plan;
