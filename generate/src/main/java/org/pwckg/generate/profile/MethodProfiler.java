package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;

/** Statistics of methods.json. */
final class MethodProfiler {
  private MethodProfiler() {}

  static MethodProfile build(RealDumps d) {
    Tally<Integer> words = new Tally<>();
    Tally<Integer> years = new Tally<>();
    Tally<Integer> numPapers = new Tally<>();
    Tally<Integer> perMethod = new Tally<>();
    Tally<String> collections = new Tally<>();
    int noFullName = 0;
    int sameName = 0;
    int withPaper = 0;
    int snippetNull = 0;
    int snippetEmpty = 0;
    int bold = 0;
    int paragraphs = 0;
    int control = 0;
    for (JsonNode m : d.methods()) {
      String description = m.path("description").asText("");
      words.add(Words.count(description));
      if (description.contains("**")) bold++;
      if (description.contains("\r\n")) paragraphs++;
      if (hasControlCharacter(description)) control++;
      if (m.path("full_name").isNull()) noFullName++;
      else if (m.path("full_name").asText().equals(m.path("name").asText())) sameName++;
      if (!m.path("paper").isNull()) withPaper++;
      if (m.path("code_snippet_url").isNull()) snippetNull++;
      else if (m.path("code_snippet_url").asText().isEmpty()) snippetEmpty++;
      years.add(m.path("introduced_year").asInt());
      numPapers.add(m.path("num_papers").asInt());
      perMethod.add(m.path("collections").size());
      for (JsonNode c : m.path("collections")) {
        collections.add(
            c.path("collection").asText()
                + "\t"
                + c.path("area_id").asText()
                + "\t"
                + c.path("area").asText());
      }
    }
    int n = d.methods().size();
    return new MethodProfile(
        n,
        words.byKey(),
        Tally.rate(noFullName, n),
        Tally.rate(sameName, n - noFullName),
        Tally.rate(withPaper, n),
        Tally.rate(snippetNull, n),
        Tally.rate(snippetEmpty, n),
        Tally.rate(bold, n),
        Tally.rate(paragraphs, n),
        Tally.rate(control, n),
        years.byKey(),
        numPapers.byKey(),
        perMethod.byKey(),
        collections.byCount());
  }

  /**
   * Control characters other than line breaks and tabs (mangled LaTeX escapes in the real file).
   */
  static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return true;
    }
    return false;
  }
}
