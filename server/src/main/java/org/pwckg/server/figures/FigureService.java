package org.pwckg.server.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.embed.figures.FigureSearch;
import org.pwckg.embed.figures.ImageSearchUnavailable;
import org.pwckg.embed.index.IndexModel;
import org.pwckg.embed.index.VectorHit;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.figures.FigureStore;
import org.pwckg.ontology.figures.ImageException;
import org.pwckg.ontology.figures.ImageProbe;
import org.pwckg.ontology.figures.ProbedImage;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/**
 * Figures of the database: their files and thumbnails from the figure store, search by text
 * (captions) and by image (DeepSeek-VL vectors, for figures already embedded). The search indexes
 * and the text model are opened on first use, so a server without figures pays nothing for them.
 */
public final class FigureService implements AutoCloseable {
  public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
  private static final long MAX_UPLOAD_PIXELS = 40_000_000L;

  private final Store store;
  private final Iris iris;
  private final Path db;
  private final FigureStore files;
  private OnnxEmbedder embedder;
  private FigureSearch search;

  public FigureService(Store store, String dataBase, Path db) {
    this.store = store;
    this.iris = new Iris(dataBase);
    this.db = db;
    this.files = new FigureStore(db);
  }

  public Optional<FigureStore.Stored> file(String sha256) {
    return files.find(sha256);
  }

  public Optional<Path> thumbnail(String sha256) {
    if (!FigureStore.isSha256(sha256)) return Optional.empty();
    Path p = files.thumbnail(sha256);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  public FigureViews.Answer byText(String query, int k) {
    FigureSearch.Answer a = search().byText(query, k);
    return new FigureViews.Answer(a.signal().label(), query, a.note(), details(a.hits()));
  }

  /**
   * The figures nearest an uploaded image; 413/415 for a bad upload, 409 when this server cannot
   * answer.
   */
  public FigureViews.Answer byImage(byte[] upload, int k) {
    if (upload.length > MAX_UPLOAD_BYTES) {
      throw new ApiException(
          Problem.TOO_LARGE,
          "The image has " + upload.length + " bytes; at most " + MAX_UPLOAD_BYTES);
    }
    ProbedImage image;
    try {
      image = new ImageProbe(MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS).probe(upload);
    } catch (ImageException e) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "The upload is not an image this server takes: " + e.reason());
    }
    try {
      FigureSearch.Answer a =
          search().byImage(iris.figure(image.sha256()).getURI(), k, this::isFigure);
      return new FigureViews.Answer(
          a.signal().label(), "sha256:" + image.sha256(), a.note(), details(a.hits()));
    } catch (ImageSearchUnavailable e) {
      throw new ApiException(Problem.CONFLICT, e.reason()).withHint(e.command());
    }
  }

  /**
   * Papers whose figures look like the figures of {@code paperIri} by image content, best cosine
   * each (for related papers); empty when the paper has no figure with an image vector.
   */
  public Map<String, Double> papersLikeFiguresOf(String paperIri, int k) {
    if (!Files.isDirectory(DatabaseLayout.visionVectors(db, VlModel.V1_3B.size()))
        && !Files.isDirectory(DatabaseLayout.visionVectors(db, VlModel.V7B.size()))) {
      return Map.of();
    }
    List<String> own =
        store.select("paper-figures", Map.of("paper", NodeFactory.createURI(paperIri))).stream()
            .map(r -> r.iri("figure"))
            .toList();
    if (own.isEmpty()) return Map.of();
    Map<String, Double> papers = new LinkedHashMap<>();
    for (VectorHit hit : search().likeFigures(own, k, this::isFigure)) {
      for (Row r :
          store.select("figure-details", Map.of("figure", NodeFactory.createURI(hit.id())))) {
        String paper = r.iri("paper");
        if (paper != null && !paper.equals(paperIri))
          papers.merge(paper, (double) hit.score(), Math::max);
      }
    }
    return papers;
  }

  private boolean isFigure(String iri) {
    return iris.id(iri, IriKind.FIGURE).isPresent();
  }

  private synchronized FigureSearch search() {
    if (search == null) {
      Path captions = DatabaseLayout.figureCaptionVectors(db);
      // Captions are embedded with the papers' model: the one their own index records.
      if (Files.isDirectory(captions))
        embedder = IndexModel.embedderFor(captions, null, EmbedderOptions.forQueries());
      search = FigureSearch.open(db, embedder);
    }
    return search;
  }

  /** The figures of one paper (for its page), in IRI order so the page is stable; score 1. */
  public List<FigureViews.Figure> ofPaper(String paperIri) {
    return store.read(
        () ->
            store.select("paper-figures", Map.of("paper", NodeFactory.createURI(paperIri))).stream()
                .map(r -> r.iri("figure"))
                .sorted()
                .map(iri -> detail(iri, 1.0))
                .toList());
  }

  private List<FigureViews.Figure> details(List<VectorHit> hits) {
    List<FigureViews.Figure> out = new ArrayList<>();
    for (VectorHit h : hits) out.add(detail(h.id(), h.score()));
    return out;
  }

  private FigureViews.Figure detail(String iri, double score) {
    List<Row> rows = store.select("figure-details", Map.of("figure", NodeFactory.createURI(iri)));
    String sha = iri.substring(iri.lastIndexOf('/') + 1);
    Map<String, FigureViews.PaperRef> papers = new LinkedHashMap<>();
    Row first = rows.isEmpty() ? null : rows.get(0);
    for (Row r : rows) {
      String paper = r.iri("paper");
      if (paper != null)
        papers.putIfAbsent(paper, new FigureViews.PaperRef(paperId(paper), r.text("title")));
    }
    return new FigureViews.Figure(
        sha,
        iri,
        score,
        first == null ? null : first.text("caption"),
        first == null ? null : first.text("format"),
        integer(first, "width"),
        integer(first, "height"),
        "/figures/" + sha,
        "/figures/" + sha + "/thumbnail",
        List.copyOf(papers.values()));
  }

  private String paperId(String iri) {
    return iris.id(iri, IriKind.PAPER).orElse(iri);
  }

  private static Integer integer(Row row, String var) {
    Double d = row == null ? null : row.number(var);
    return d == null ? null : d.intValue();
  }

  @Override
  public synchronized void close() {
    try (FigureSearch s = search;
        OnnxEmbedder e = embedder) {
      search = null;
      embedder = null;
    }
  }
}
