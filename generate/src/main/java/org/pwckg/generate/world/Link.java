package org.pwckg.generate.world;

/** A code link of a paper. The Boolean fields are null where the real dump has nulls. */
public record Link(
    String repoUrl,
    boolean official,
    String framework,
    boolean withUrlAbs,
    boolean withUrlPdf,
    Boolean mentionedInPaper,
    Boolean mentionedInGithub) {}
