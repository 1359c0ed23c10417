package org.pwckg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code pwckg} command line. */
@Command(
    name = "pwckg",
    mixinStandardHelpOptions = true,
    version = "pwc-kg 0.1.0",
    description = "The Papers With Code archive as a research knowledge graph.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ServeCommand.class,
    })
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
