/** Turns a parsed instruction into a checked {@code TaskPlan} for a decoder-only Qwen2 backbone. */
package io.ofa4j.planner;
