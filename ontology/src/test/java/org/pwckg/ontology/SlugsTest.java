package org.pwckg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlugsTest {
  /** The general rule, spelled out slowly, that the ASCII fast path must agree with. */
  private static String slowSlug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  @Test
  void the_ascii_fast_path_gives_exactly_the_general_slug() {
    List<String> names =
        List.of(
            "Image Classification",
            "  --Foo__Bar--  ",
            "GPT-3 (few-shot)",
            "P@5",
            "A",
            "Top 1 Accuracy",
            "ogbn-products",
            "SQuAD1.1",
            "x\ty\nz",
            "CamelCase99Names");
    for (String name : names) assertThat(Slugs.of(name)).as(name).isEqualTo(slowSlug(name));
  }

  @Test
  void accents_are_folded_to_ascii() {
    assertThat(Slugs.of("Piotr Dollár")).isEqualTo("piotr-dollar");
  }

  @Test
  void text_without_ascii_letters_gets_a_hashed_slug_and_blank_text_none() {
    assertThat(Slugs.of("---")).startsWith("x-");
    assertThat(Slugs.of("张三")).startsWith("x-").isNotEqualTo(Slugs.of("李四"));
    assertThat(Slugs.of("  ")).isEmpty();
  }
}
