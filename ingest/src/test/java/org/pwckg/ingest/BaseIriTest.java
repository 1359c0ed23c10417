package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;

class BaseIriTest {
  @TempDir Path dir;

  @Test
  void entity_iris_use_the_base_given() {
    Path db = dir.resolve("db");
    Ingest.run(
        new IngestOptions(
            db,
            List.of(realFile("papers-with-abstracts")),
            false,
            null,
            "https://example.org/kg/"));
    Node gan = new Iris("https://example.org/kg/").paper("generative-adversarial-networks");
    long titles = inGraph(db, g -> count(g, gan, TITLE, Node.ANY));
    assertThat(titles).isEqualTo(1);
  }

  @Test
  void a_database_built_with_one_base_refuses_another() {
    Path db = dir.resolve("db");
    ingest(db, realFile("papers-with-abstracts"));
    assertThatThrownBy(
            () ->
                Ingest.run(
                    new IngestOptions(
                        db, List.of(realFile("methods")), false, null, "https://example.org/kg/")))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("--base-iri " + Iris.DEFAULT.base());
  }

  @Test
  void a_base_that_is_not_an_iri_is_refused() {
    assertThatThrownBy(
            () ->
                Ingest.run(
                    new IngestOptions(
                        dir.resolve("db"),
                        List.of(realFile("methods")),
                        false,
                        null,
                        "not a base")))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("--base-iri");
  }
}
