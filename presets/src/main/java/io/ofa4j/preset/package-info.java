/** Composition root: YAML presets, Guice wiring, the {@code ofa4j} command line and notebook API. */
package io.ofa4j.preset;
