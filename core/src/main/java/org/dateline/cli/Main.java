package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line. Exit codes: 0 all inputs coded, 1 some failed, 2 bad usage. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
    description = "Reads news and codes who did what to whom, when and where (CAMEO, PLOVER).",
    subcommands = {CodeCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
        EvalCommand.class, BenchCommand.class, FuzzCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. dateline code FILE");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
