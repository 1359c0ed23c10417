package org.pwckg.ingest.iri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void names_with_accents_fold_to_ascii() {
    assertThat(Names.slug("Piotr Dollár")).isEqualTo("piotr-dollar");
  }

  @Test
  void a_name_without_letters_or_digits_still_gets_a_distinct_slug() {
    assertThat(Names.slug("张三")).startsWith("x-").isNotEqualTo(Names.slug("李四"));
  }
}
