package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Statistics of links-between-papers-and-code. */
final class LinkProfiler {
  static final List<String> NULLABLE =
      List.of(
          "paper_arxiv_id",
          "paper_url_abs",
          "paper_url_pdf",
          "mentioned_in_paper",
          "mentioned_in_github");

  private LinkProfiler() {}

  static LinkProfile build(RealDumps d) {
    Map<String, Integer> perPaper = new HashMap<>();
    Tally<String> frameworks = new Tally<>();
    Tally<String> owners = new Tally<>();
    Tally<String> repos = new Tally<>();
    Tally<String> nulls = new Tally<>();
    int official = 0;
    for (JsonNode l : d.links()) {
      perPaper.merge(l.path("paper_url").asText(), 1, Integer::sum);
      frameworks.add(l.path("framework").asText());
      if (l.path("is_official").asBoolean()) official++;
      String[] path = l.path("repo_url").asText().split("/");
      if (path.length >= 5) {
        owners.add(path[3]);
        repos.add(path[4]);
      }
      for (String f : NULLABLE) if (l.path(f).isNull()) nulls.add(f);
    }
    Tally<Integer> links = new Tally<>();
    perPaper.values().forEach(links::add);
    int n = d.links().size();
    Map<String, Double> nullRates = new LinkedHashMap<>();
    for (String f : NULLABLE) nullRates.put(f, Tally.rate(nulls.get(f), n));
    return new LinkProfile(
        n,
        links.byKey(),
        frameworks.byCount(),
        Tally.rate(official, n),
        nullRates,
        new ArrayList<>(owners.byCount().keySet()),
        new ArrayList<>(repos.byCount().keySet()));
  }
}
