/** Diagnostics with stable codes and source spans, shared by the parser, planner and presets. */
package io.ofa4j.instruction.diagnostic;
