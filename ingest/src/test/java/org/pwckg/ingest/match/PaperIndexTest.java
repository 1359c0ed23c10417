package org.pwckg.ingest.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;

class PaperIndexTest {
  private final Iris iris = Iris.DEFAULT;

  @Test
  void papers_are_found_by_arxiv_id_and_by_normalised_title() {
    PaperIndex index = new PaperIndex(iris.base());
    Node p = iris.paper("attention-is-all-you-need");
    index.add(p, "1706.03762", "Attention Is All You Need");
    assertThat(index.known(p)).isTrue();
    assertThat(index.byArxivId("1706.03762")).contains(p);
    assertThat(index.byTitle("attention is all you need!")).contains(p);
    assertThat(index.byTitle("Attention Is Not All You Need")).isEmpty();
  }

  @Test
  void a_shared_title_goes_to_the_smaller_iri_whatever_the_order() {
    Node a = iris.paper("a-paper");
    Node b = iris.paper("b-paper");
    PaperIndex ab = new PaperIndex(iris.base());
    ab.add(a, null, "Same Title");
    ab.add(b, null, "Same Title");
    PaperIndex ba = new PaperIndex(iris.base());
    ba.add(b, null, "Same Title");
    ba.add(a, null, "Same Title");
    assertThat(ab.byTitle("Same Title")).contains(a);
    assertThat(ba.byTitle("Same Title")).contains(a);
  }

  @Test
  void the_map_grows_past_its_first_capacity() {
    LongIntMap map = new LongIntMap(4);
    for (int i = 0; i < 10_000; i++) map.put(Hash64.of("k" + i), i);
    map.put(0L, 7);
    assertThat(map.size()).isEqualTo(10_001);
    assertThat(map.get(Hash64.of("k1234"))).isEqualTo(1234);
    assertThat(map.get(0L)).isEqualTo(7);
    assertThat(map.get(Hash64.of("absent"))).isEqualTo(-1);
  }
}
