package org.pwckg.embed.model;

/** What a text is for: a search query or a passage to be found. */
public enum Role {
  QUERY,
  PASSAGE
}
