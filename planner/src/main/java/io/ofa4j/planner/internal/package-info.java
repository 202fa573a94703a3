/** Planner internals: semantic checks per slot and the sequence builder. Not a public API. */
package io.ofa4j.planner.internal;
