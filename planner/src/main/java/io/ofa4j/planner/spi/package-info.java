/**
 * The modality descriptor SPI: what the planner must know about a modality (canonical name,
 * aliases, declared slot attributes, source/target roles, component names, loss and generator
 * for target slots). Implementations live next to the ND4J parts in {@code modalities}; the
 * nine built-in descriptors are in {@link io.ofa4j.planner.modality}.
 */
package io.ofa4j.planner.spi;
