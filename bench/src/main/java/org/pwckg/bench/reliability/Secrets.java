package org.pwckg.bench.reliability;

/**
 * Text that no answer may carry: the marker in a file planted beside the database (what a path
 * traversal or a LOAD of a server file would reveal), and a line of {@code /etc/passwd}.
 */
final class Secrets {
  static final String PLANTED = "pwckg-reliability-planted-secret";
  static final String PASSWD = "root:x:0:0:";
  static final String[] ALL = {PLANTED, PASSWD};

  /** The planted file's content: one triple whose object is the marker. */
  static final String PLANTED_TTL =
      "<urn:reliability:secret> <urn:reliability:p> \"" + PLANTED + "\" .\n";

  private Secrets() {}
}
