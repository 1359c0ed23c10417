package org.pwckg.embed.job;

/** A document to embed: its id (a paper IRI) and the text that stands for it. */
public record EmbedDoc(String id, String text) {
  public EmbedDoc {
    if (id == null || id.isEmpty()) throw new IllegalArgumentException("A document needs an id");
    if (text == null) throw new IllegalArgumentException("Document " + id + " has no text");
  }
}
