package org.pwckg.embed.job;

/** A document to embed: its id (a paper IRI) and the text that stands for it. */
public record EmbedDoc(String id, String text) {
  public EmbedDoc {
    if (id == null || id.isEmpty()) throw new IllegalArgumentException("A document needs an id");
    if (text == null) throw new IllegalArgumentException("Document " + id + " has no text");
  }

  /**
   * A paper as its title, then its abstract when it has one; the same rule everywhere keeps hashes
   * stable.
   */
  public static EmbedDoc paper(String id, String title, String abstractText) {
    String head = title == null ? "" : title.strip();
    boolean hasAbstract = abstractText != null && !abstractText.isBlank();
    return new EmbedDoc(id, hasAbstract ? head + "\n\n" + abstractText.strip() : head);
  }
}
