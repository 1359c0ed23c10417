package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import java.util.List;
import org.apache.jena.graph.Node;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;

/** papers-with-abstracts → paper, author list, task/method/venue stubs (MAPPING.md). */
final class PaperMapper implements RecordMapper {
  private final MappingContext ctx;
  private final Iris iris;

  PaperMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.iris = ctx.iris();
  }

  @Override
  public RecordGraph map(Fields f) {
    String paperUrl = f.url("paper_url");
    String title = f.requiredText("title");
    String arxivId = f.text("arxiv_id");
    String slug = Iris.pwcPaperSlug(paperUrl).orElse(null);
    if (slug == null && arxivId == null) {
      throw new RecordException(
          f.path("paper_url"), "neither a paperswithcode.com paper URL nor an arxiv_id");
    }
    Node p = slug != null ? iris.paper(slug) : iris.paperByArxiv(arxivId);
    RecordGraph g = new RecordGraph();
    g.claim(p);
    g.add(p, TYPE, PAPER);
    g.add(p, TYPE, SCHOLARLY_ARTICLE);
    g.iri(p, PAGE, paperUrl);
    if (slug != null) g.add(p, SAME_AS, Iris.lpwc(IriKind.PAPER, slug));
    g.text(p, TITLE, title);
    g.text(p, RAW_NAME, f.rawIfPlaceholder("title"));
    g.text(p, ABSTRACT, f.text("abstract"));
    String[] urls = identifiers(f, p, arxivId, g);
    g.literal(p, ISSUED, Literals.date(f.date("date")));
    authors(f.texts("authors"), p, g);
    related(f, p, g);
    ctx.matcher().index().add(p, arxivId, title);
    ctx.matcher().index().addUrls(p, urls);
    replaceArxivStub(p, arxivId, g);
    return g;
  }

  /**
   * An earlier run met this paper only as an arXiv URL and wrote a stub for it: the stub is
   * replaced by this record (a stub triple, which the stub keeps across re-ingests of this record).
   */
  private void replaceArxivStub(Node p, String arxivId, RecordGraph g) {
    if (!ctx.matcher().index().hasArxivStub(arxivId)) return;
    Node stub = iris.paperByArxiv(arxivId);
    if (!stub.equals(p)) g.stub(stub, IS_REPLACED_BY, p);
  }

  /** Writes the paper's identifiers; returns its URLs, by which other exports' links name it. */
  private String[] identifiers(Fields f, Node p, String arxivId, RecordGraph g) {
    if (arxivId != null) {
      g.text(p, ARXIV_ID, arxivId);
      String abs = "https://arxiv.org/abs/" + arxivId;
      if (Fields.urlProblem(abs) != null)
        throw new RecordException(
            f.path("arxiv_id"), "not an arXiv identifier: \"" + arxivId + "\"");
      g.iri(p, SCHEMA_SAME_AS, abs);
    }
    g.text(p, NIPS_ID, f.text("nips_id"));
    String[] urls = {f.link("url_abs"), f.link("url_pdf"), f.link("conference_url_abs")};
    g.iri(p, URL, urls[0]);
    g.iri(p, PDF_URL, urls[1]);
    g.iri(p, CONFERENCE_URL_ABS, urls[2]);
    g.iri(p, CONFERENCE_URL_PDF, f.link("conference_url_pdf"));
    return urls;
  }

  /** dcterms:creator per author, and their order as an RDF list of IRI cells P/authors/i. */
  private void authors(List<String> authors, Node p, RecordGraph g) {
    if (authors.isEmpty()) return;
    g.add(p, AUTHOR_LIST, iris.authorListCell(p, 1));
    for (int i = 1; i <= authors.size(); i++) {
      String name = authors.get(i - 1);
      Node a = iris.author(name);
      Node cell = iris.authorListCell(p, i);
      g.add(p, CREATOR, a);
      g.add(cell, FIRST, a);
      g.add(cell, REST, i == authors.size() ? NIL : iris.authorListCell(p, i + 1));
      g.stub(a, PERSON, NAME, name);
    }
  }

  private void related(Fields f, Node p, RecordGraph g) {
    for (String task : f.names("tasks", "name")) {
      Node t = iris.task(task);
      g.add(p, PAPER_TASK, t);
      g.stub(t, TASK, LABEL, task);
    }
    for (String method : f.names("methods", "name")) {
      Node m = iris.methodByName(method);
      g.add(p, PAPER_METHOD, m);
      g.stub(m, METHOD, LABEL, method);
    }
    String proceeding = f.name("proceeding");
    if (proceeding != null) {
      Node c = iris.proceeding(proceeding);
      g.add(p, IS_PART_OF, c);
      g.stub(c, PROCEEDING, LABEL, proceeding);
    }
    String conference = f.name("conference");
    if (conference != null) {
      Node e = iris.conference(conference);
      g.add(p, CONFERENCE_PROP, e);
      g.stub(e, CONFERENCE, LABEL, conference);
    }
  }
}
