package org.pwckg.embed.vl;

import java.nio.file.Path;
import org.pwckg.embed.job.TextHash;

/**
 * One thing to embed into the shared space: a paper's text (title and abstract) or a figure's image
 * with its caption (may be null). The hash tells whether a stored vector is still current.
 */
public record VlRow(String id, Kind kind, String text, Path image) {
  public enum Kind {
    TEXT,
    IMAGE
  }

  public VlRow {
    if (id == null || id.isEmpty() || id.indexOf('\n') >= 0)
      throw new IllegalArgumentException("bad row id: " + id);
    if (kind == Kind.TEXT && (text == null || text.isBlank()))
      throw new IllegalArgumentException(id + ": no text");
    if (kind == Kind.IMAGE && image == null) throw new IllegalArgumentException(id + ": no image");
  }

  public static VlRow text(String id, String text) {
    return new VlRow(id, Kind.TEXT, text, null);
  }

  public static VlRow image(String id, String caption, Path image) {
    return new VlRow(id, Kind.IMAGE, caption == null || caption.isBlank() ? null : caption, image);
  }

  /** Changes when the text, the caption or the image file (content-addressed names) changes. */
  public String hash() {
    String imageName = image == null ? "" : image.getFileName().toString();
    return TextHash.of(kind + "\n" + imageName + "\n" + (text == null ? "" : text));
  }
}
