/**
 * STRUCT modality: tables, DART-style triples and Spider database schemas linearised to text the
 * way OFASys's {@code table} and {@code database} preprocessors do.
 */
package io.ofa4j.modality.struct;
