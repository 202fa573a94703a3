package io.ofa4j.preset.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one-line messages and exit codes; {@code --debug} adds the stack. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parse) {
    PrintWriter err = cli.getErr();
    boolean debug = parse.hasMatchedOption("--debug") || hasDebug(parse);
    int code;
    if (ex instanceof CliException c) {
      err.println(c.getMessage());
      code = c.exitCode();
    } else if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException
        || ex.getCause() instanceof NoSuchFileException) {
      err.println("error: " + ex.getMessage());
      code = Main.EXIT_INVALID_INPUT;
    } else {
      err.println("error: internal failure: " + ex);
      code = Main.EXIT_INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(err);
    } else if (code == Main.EXIT_INTERNAL) {
      err.println("(run again with --debug for the stack trace)");
    }
    err.flush();
    return code;
  }

  private static boolean hasDebug(ParseResult parse) {
    for (ParseResult p = parse; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Usage errors: the message and a hint, exit code 2. */
  static final class Parameters implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cli = ex.getCommandLine();
      PrintWriter err = cli.getErr();
      err.println("error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return Main.EXIT_INVALID_INPUT;
    }
  }
}
