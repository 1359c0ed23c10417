package org.pwckg.generate.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
  private static final Path REAL =
      Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void shipped_profile_is_what_the_builder_derives_from_the_real_files() throws IOException {
    Profile built = ProfileBuilder.build(REAL);

    JsonNode expected = MAPPER.valueToTree(ProfileIo.shipped());
    JsonNode actual = MAPPER.valueToTree(built);

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void shipped_profile_is_small_and_attributed() throws IOException {
    try (InputStream in = ProfileIo.class.getResourceAsStream(ProfileIo.RESOURCE)) {
      assertThat(in.readAllBytes().length).isLessThan(400_000);
    }
    assertThat(ProfileIo.shipped().comment()).contains("CC-BY-SA 4.0").contains("paperswithcode");
  }

  @Test
  void measures_come_from_the_real_files() throws IOException {
    Profile p = ProfileIo.shipped();

    assertThat(p.papers().records()).isEqualTo(245);
    assertThat(p.links().records()).isEqualTo(2297);
    assertThat(p.methods().records()).isEqualTo(2275);
    assertThat(p.datasets().records()).isEqualTo(3294);
    assertThat(p.links().frameworks()).containsKeys("pytorch", "tf", "jax", "none");
    assertThat(p.tables().quirkTemplates()).containsKeys("-", "", "**##.#**", "##.#*");
    assertThat(p.tables().valueTemplates()).containsKeys("0.#### ± 0.####", "##.#%", "###k");
  }

  @Test
  void value_templates_keep_a_lone_leading_zero() {
    assertThat(ValueTemplates.of("0.930")).isEqualTo("0.###");
    assertThat(ValueTemplates.of("10.5")).isEqualTo("##.#");
    assertThat(ValueTemplates.of("0.8428 ± 0.0014")).isEqualTo("0.#### ± 0.####");
    assertThat(ValueTemplates.isColumnFormat("###k")).isTrue();
    assertThat(ValueTemplates.isColumnFormat("**##.#**")).isFalse();
  }
}
