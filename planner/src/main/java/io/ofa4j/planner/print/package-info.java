/** Stable human-readable and JSON forms of plans (golden tests, {@code ofa4j plan}). */
package io.ofa4j.planner.print;
