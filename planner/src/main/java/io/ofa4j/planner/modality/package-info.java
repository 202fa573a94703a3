/**
 * The nine built-in modality descriptors (TEXT, IMAGE, BOX, AUDIO, VIDEO, MOTION, STRUCT, PHONE,
 * CATEGORY) with every OFASys slot attribute declared once, and {@link
 * io.ofa4j.planner.modality.BuiltInModalities} to get them without Guice.
 */
package io.ofa4j.planner.modality;
