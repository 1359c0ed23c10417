package org.pwckg.server.search;

import java.util.List;
import org.pwckg.search.related.RelatedResponse;
import org.pwckg.server.api.Ids;
import org.pwckg.server.search.SearchViews.Related;
import org.pwckg.server.search.SearchViews.RelatedList;
import org.pwckg.server.search.SearchViews.Signal;

/** Related papers in API terms: ids beside IRIs. */
final class RelatedViews {
  private RelatedViews() {}

  static RelatedList of(RelatedResponse r, Ids ids) {
    List<Related> results =
        r.results().stream()
            .map(
                p ->
                    new Related(
                        id(ids, p.iri(), "paper"),
                        p.iri(),
                        p.title(),
                        p.year(),
                        p.hasCode(),
                        p.score(),
                        p.similarity(),
                        p.graphScore(),
                        p.signals().stream()
                            .map(
                                s ->
                                    new Signal(
                                        s.kind(),
                                        s.iri() == null ? null : anyId(ids, s.iri()),
                                        s.iri(),
                                        s.label(),
                                        s.weight()))
                            .toList(),
                        p.why()))
            .toList();
    return new RelatedList(
        id(ids, r.paper(), "paper"), r.title(), r.model(), r.k(), results, r.notes());
  }

  /** The API id of an IRI of a known kind, or the IRI when it is not under that kind. */
  static String id(Ids ids, String iri, String kind) {
    String id = ids.id(iri, kind);
    return id == null ? iri : id;
  }

  /**
   * The API id of an entity IRI of any kind ({@code base}{kind}/{id}); repositories keep
   * owner/name.
   */
  static String anyId(Ids ids, String iri) {
    String base = ids.dataBase();
    if (!iri.startsWith(base)) return iri;
    String rest = iri.substring(base.length());
    int slash = rest.indexOf('/');
    if (slash < 0) return iri;
    String kind = rest.substring(0, slash);
    String id = rest.substring(slash + 1);
    return kind.equals("repository") && id.startsWith("github.com/")
        ? id.substring("github.com/".length())
        : id;
  }
}
