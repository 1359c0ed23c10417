package org.pwckg.embed.figures;

/**
 * Search by image cannot answer on this machine: the reason, and the command that would make it
 * possible. (The server answers 409 with both rather than failing or guessing.)
 */
public final class ImageSearchUnavailable extends RuntimeException {
  private final String command;

  public ImageSearchUnavailable(String reason, String command) {
    super(reason, null, false, false);
    this.command = command;
  }

  public String reason() {
    return getMessage();
  }

  public String command() {
    return command;
  }
}
