package io.ofa4j.preset.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ofa4j} command line. Each subcommand is its own class in this package; add one by
 * listing it in {@code subcommands} below.
 *
 * <p>Exit codes: 0 success, 2 invalid input (bad instruction, preset, file or option), 1 an
 * internal failure. Errors print one message without a stack trace unless {@code --debug} is
 * given.
 */
@Command(
    name = "ofa4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "One-line multimodal task instructions, planned and run on a shared Qwen2 decoder.",
    subcommands = {CommandLine.HelpCommand.class, PlanCommand.class, CheckCommand.class,
        QuickstartCommand.class, BenchCommand.class, TokenizeCommand.class,
        GenerateCommand.class, PreprocessCommand.class, PresetsCommand.class,
        ReportCommand.class, TasksCommand.class, DataCommand.class, TrainCommand.class,
        EvalCommand.class, InferCommand.class, StudyCommand.class})
public final class Main implements Runnable {

  /** Exit code for invalid input. */
  public static final int EXIT_INVALID_INPUT = 2;

  /** Exit code for an internal failure. */
  public static final int EXIT_INTERNAL = 1;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured picocli command line. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new ErrorHandler.Parameters());
    return cli;
  }
}
