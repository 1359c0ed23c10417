package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ingest.match.PaperMatcher.Match;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;

/** links-between-papers-and-code → code link and repository (MAPPING.md). */
final class LinkMapper implements RecordMapper {
  private final MappingContext ctx;

  LinkMapper(MappingContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public RecordGraph map(Fields f) {
    String paperUrl = f.name("paper_url");
    String paperTitle = f.name("paper_title");
    String repoUrl = f.url("repo_url");
    if (repoUrl == null)
      throw new RecordException(f.path("repo_url"), "required field is missing or empty");
    Match match =
        ctx.matcher()
            .forLink(
                paperUrl,
                f.text("paper_arxiv_id"),
                f.text("paper_url_abs"),
                f.text("paper_url_pdf"),
                paperTitle)
            .orElseThrow(
                () ->
                    new RecordException(
                        f.path("paper_url"),
                        "no paper identified: neither a paperswithcode.com paper URL, a"
                            + " paper_arxiv_id, the paper_url_abs/paper_url_pdf of a known paper"
                            + " nor a known paper_title"));
    Iris iris = ctx.iris();
    Node link = iris.codeLink(match.paper(), repoUrl);
    Node repo = iris.repository(repoUrl);
    RecordGraph g = new RecordGraph();
    g.claim(link);
    g.add(link, TYPE, CODE_LINK);
    g.add(link, LINK_PAPER, match.paper());
    g.add(link, LINK_REPOSITORY, repo);
    // The PWC URL is the export's own key; any other way of finding the paper is worth knowing.
    if (!match.kind().equals(MATCHED_BY_PWC_URL)) g.add(link, PAPER_MATCH, match.kind());
    g.literal(link, IS_OFFICIAL, Literals.bool(f.bool("is_official")));
    String framework = f.text("framework");
    if (framework != null && !framework.equalsIgnoreCase("none"))
      g.text(link, FRAMEWORK, framework);
    g.literal(link, MENTIONED_IN_PAPER, Literals.bool(f.bool("mentioned_in_paper")));
    g.literal(link, MENTIONED_IN_GITHUB, Literals.bool(f.bool("mentioned_in_github")));
    repository(repo, repoUrl, g);
    PaperStubs.stubIfUnknown(g, match, paperTitle);
    return g;
  }

  /** Every link to a repository writes the same description of it, so it is co-owned. */
  static void repository(Node repo, String repoUrl, RecordGraph g) {
    g.claim(repo);
    g.shared(repo, TYPE, REPOSITORY);
    g.shared(repo, CODE_REPOSITORY, NodeFactory.createURI(repoUrl));
    Optional<String[]> gh = Iris.githubOwnerAndName(repoUrl);
    if (gh.isPresent()) {
      String ownerName = gh.get()[0] + "/" + gh.get()[1];
      g.shared(repo, LABEL, NodeFactory.createLiteralString(ownerName));
      g.shared(repo, SCHEMA_SAME_AS, NodeFactory.createURI("https://github.com/" + ownerName));
      g.shared(repo, SAME_AS, Iris.lpwc(IriKind.REPOSITORY, "github.com/" + ownerName));
    } else {
      String path = java.net.URI.create(repoUrl).getPath();
      String label = path == null ? repoUrl : path.replaceAll("^/+|/+$", "");
      g.shared(repo, LABEL, NodeFactory.createLiteralString(label.isEmpty() ? repoUrl : label));
    }
  }
}
