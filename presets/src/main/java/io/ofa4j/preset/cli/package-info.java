/** The {@code ofa4j} command line (picocli): one class per subcommand. */
package io.ofa4j.preset.cli;
