/**
 * Preset files: YAML with locations, inheritance ({@code extends}), {@code ${a.b}} references,
 * {@code --set} overrides, and binding into config records with all problems reported at once.
 */
package io.ofa4j.preset.config;
