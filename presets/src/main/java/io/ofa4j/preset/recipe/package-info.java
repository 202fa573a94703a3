/** Training recipes (presets) as config records, and their loader. */
package io.ofa4j.preset.recipe;
