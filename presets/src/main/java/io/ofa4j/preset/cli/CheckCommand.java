package io.ofa4j.preset.cli;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.PlanOutcome;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.print.Json;
import io.ofa4j.planner.print.PlanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j check FILE}: plans every instruction of a file (one per line; blank lines and
 * {@code #} comments skipped) and reports every problem of every line at {@code FILE:LINE:COL}.
 * Exit code 0 when all are valid, 2 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a file of instructions, one per line; report every problem.")
final class CheckCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "Instructions, one per line.")
  Path file;

  @Option(names = "--json", description = "One JSON object per instruction line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> lines = read(file);
    Planner planner = Planner.builtIn();
    int checked = 0;
    int failed = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int lineNo = i + 1;
      PlanOutcome outcome = planner.check(line, Layout.CHAT);
      List<Diagnostic> diagnostics = outcome.diagnostics().stream()
          .map(d -> d.rebase(lineNo, 1)).toList();
      checked++;
      failed += outcome.ok() ? 0 : 1;
      if (json) {
        out.println(Json.writeCompact(lineObject(lineNo, outcome.ok(), diagnostics)));
      } else {
        for (Diagnostic d : diagnostics) {
          out.println(file + ":" + d.span().line() + ":" + d.span().column() + ": "
              + d.severity().label() + "[" + d.code() + "]: " + d.message());
          d.optionalHelp().ifPresent(h -> out.println("    = help: " + h));
        }
      }
    }
    if (!json) {
      out.println(failed == 0
          ? file + ": " + checked + " instruction(s), all valid"
          : file + ": " + failed + " of " + checked + " instruction(s) have errors");
    }
    out.flush();
    return failed == 0 ? 0 : Main.EXIT_INVALID_INPUT;
  }

  private Map<String, Object> lineObject(int lineNo, boolean ok, List<Diagnostic> diagnostics) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("line", lineNo);
    m.put("ok", ok);
    m.put("codes", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
        .map(d -> d.code().name()).toList());
    m.put("diagnostics", diagnostics.stream().map(PlanJson::diagnostic).toList());
    return m;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException("error: instruction file not found: " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read instruction file " + file + ": " + e, e);
    }
  }
}
