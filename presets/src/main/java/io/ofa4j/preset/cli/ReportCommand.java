package io.ofa4j.preset.cli;

import io.ofa4j.preset.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j report RUN_DIR}: (re)builds {@code RUN_DIR/report/index.html} with loss and metric
 * curves and the final table from the run's {@code metrics.jsonl}, and prints its path.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Build the HTML report of a training run from its metrics.jsonl.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "Run directory holding metrics.jsonl.")
  Path runDir;

  @Option(names = "--title", description = "Page title (default: the run directory's name).")
  String title;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(runDir.resolve(ReportWriter.METRICS_FILE))) {
      throw new CliException(runDir + ": no " + ReportWriter.METRICS_FILE + " (is this a run directory?)");
    }
    String pageTitle = title != null ? title : String.valueOf(runDir.toAbsolutePath().normalize().getFileName());
    Path index;
    try {
      index = ReportWriter.write(runDir, pageTitle, Map.of(), List.of());
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    spec.commandLine().getOut().println(index);
    return 0;
  }
}
