package org.pwckg.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.RealDatabase;

/** The API's paper listing, read from the keyword index, checked against the graph it mirrors. */
class PaperListingTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final PaperListing LISTING = new PaperListing(DB.index(), Iris.DEFAULT);

  private record Paper(String iri, String date, String title) {}

  /**
   * Every paper of the graph with its earliest date and its title (the longest, when stubs add a
   * shorter one: the index's rule), in the listing's order.
   */
  private static List<String> expectedOrder() {
    String q =
        """
        SELECT ?p (MIN(STR(?d)) AS ?date) (GROUP_CONCAT(?t; SEPARATOR="\t") AS ?titles) WHERE {
          ?p a <http://purl.org/spar/fabio/ResearchPaper> .
          OPTIONAL { ?p <http://purl.org/dc/terms/issued> ?d }
          OPTIONAL { ?p <http://purl.org/dc/terms/title> ?t }
        } GROUP BY ?p""";
    List<Paper> papers = new ArrayList<>();
    Txn.executeRead(
        DB.graph(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(DB.graph()))) {
            qe.execSelect().forEachRemaining(s -> papers.add(paper(s)));
          }
        });
    Comparator<Paper> newestFirst =
        Comparator.comparing(Paper::date, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .reversed();
    papers.sort(newestFirst.thenComparing(Paper::title).thenComparing(Paper::iri));
    return papers.stream().map(Paper::iri).toList();
  }

  private static Paper paper(QuerySolution s) {
    String titles = s.contains("titles") ? s.getLiteral("titles").getString() : "";
    String title =
        java.util.Arrays.stream(titles.split("\t"))
            .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
            .orElse("");
    return new Paper(
        s.getResource("p").getURI(),
        s.contains("date") ? s.getLiteral("date").getString() : null,
        title);
  }

  private static List<String> all(String q, SearchFilters f) {
    List<String> iris = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      PaperListing.Page page = LISTING.list(q, f, offset, 500);
      iris.addAll(page.iris());
      if (offset + 500 >= page.count()) return iris;
    }
  }

  @Test
  void every_paper_is_listed_newest_first_then_by_title_with_undated_papers_last() {
    List<String> expected = expectedOrder();
    assertThat(LISTING.count(null, SearchFilters.none())).isEqualTo(expected.size());
    assertThat(all(null, SearchFilters.none())).containsExactlyElementsOf(expected);
  }

  @Test
  void pages_are_consecutive_slices_of_one_order() {
    List<String> whole = all(null, SearchFilters.none());
    PaperListing.Page third = LISTING.list(null, SearchFilters.none(), 20, 10);
    assertThat(third.iris()).containsExactlyElementsOf(whole.subList(20, 30));
    assertThat(third.count()).isEqualTo(whole.size());
  }

  @Test
  void a_method_filter_keeps_exactly_the_papers_linked_to_that_method() {
    String q =
        """
        SELECT DISTINCT ?p WHERE {
          { ?p <https://w3id.org/pwckg/ontology#method> <https://w3id.org/pwckg/method/gan> }
          UNION { <https://w3id.org/pwckg/method/gan> <https://w3id.org/pwckg/ontology#introducedIn> ?p }
          ?p a <http://purl.org/spar/fabio/ResearchPaper> }""";
    Set<String> expected = new HashSet<>();
    Txn.executeRead(
        DB.graph(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(DB.graph()))) {
            qe.execSelect().forEachRemaining(s -> expected.add(s.getResource("p").getURI()));
          }
        });
    assertThat(expected).isNotEmpty();
    assertThat(all(null, SearchFilters.none().withMethod("gan")))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void every_word_of_the_text_must_match() {
    List<String> one = all("adversarial", SearchFilters.none());
    List<String> both = all("adversarial process", SearchFilters.none());
    assertThat(both)
        .isNotEmpty()
        .contains(RealDatabase.BASE + "paper/generative-adversarial-networks");
    assertThat(one).containsAll(both).hasSizeGreaterThan(both.size());
  }

  @Test
  void a_page_beyond_the_window_is_refused_with_the_way_out() {
    assertThatThrownBy(() -> LISTING.list(null, SearchFilters.none(), PaperListing.MAX_WINDOW, 10))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("narrow the filters");
  }
}
