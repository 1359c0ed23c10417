package org.pwckg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code pwckg} command line. */
@Command(
    name = "pwckg",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    version = "pwc-kg 0.1.0",
    description = "The Papers With Code archive as a research knowledge graph.",
    subcommands = {
      CommandLine.HelpCommand.class,
      IngestCommand.class,
      StatsCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      EmbedCommand.class,
      IndexCommand.class,
      RelateCommand.class,
      ServeCommand.class,
      FiguresCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
    })
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line; {@code @file} is left to the commands (query reads {@code @q.rq}).
   */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExpandAtFiles(false)
        .setExecutionExceptionHandler(Failures::escaped);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
