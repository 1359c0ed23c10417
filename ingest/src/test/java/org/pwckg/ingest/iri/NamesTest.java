package org.pwckg.ingest.iri;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Slugs;

class NamesTest {
  @Test
  void the_ascii_fast_path_gives_exactly_the_ontology_slug() {
    List<String> names = List.of("Image Classification", "  --Foo__Bar--  ", "GPT-3 (few-shot)", "P@5", "A", "",
        "---", "Top 1 Accuracy", "ogbn-products", "SQuAD1.1", "x\ty\nz", "CamelCase99Names");
    for (String name : names) assertThat(Names.asciiSlug(name)).as(name).isEqualTo(Slugs.of(name));
  }

  @Test
  void names_with_accents_take_the_unicode_path() {
    assertThat(Names.asciiSlug("Piotr Dollár")).isNull();
    assertThat(Names.slug("Piotr Dollár")).isEqualTo("piotr-dollar");
  }

  @Test
  void a_name_without_letters_or_digits_still_gets_a_distinct_slug() {
    assertThat(Names.slug("张三")).startsWith("x-").isNotEqualTo(Names.slug("李四"));
  }
}
