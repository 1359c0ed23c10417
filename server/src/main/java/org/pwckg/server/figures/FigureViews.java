package org.pwckg.server.figures;

import java.util.List;

/** What the figure API answers (rendered as JSON, snake_case). */
public final class FigureViews {
  private FigureViews() {}

  /** A paper a figure is part of. */
  public record PaperRef(String id, String title) {}

  /** One figure found, with how well it matched and where its file and thumbnail are served. */
  public record Figure(
      String id,
      String iri,
      double score,
      String caption,
      String format,
      Integer width,
      Integer height,
      String url,
      String thumbnailUrl,
      List<PaperRef> papers) {}

  /**
   * The figures found and the signal that found them: {@code caption-text} (the text model over
   * captions) or {@code image-content} (DeepSeek-VL image vectors); a note when there is nothing to
   * search yet.
   */
  public record Answer(String signal, String query, String note, List<Figure> figures) {}
}
