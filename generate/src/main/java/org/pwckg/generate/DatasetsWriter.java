package org.pwckg.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.pwckg.generate.profile.DatasetProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.tables.LeaderboardIndex;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.DumpFile;

/**
 * Writes datasets.json. A dataset lists the tasks it has leaderboards for (plus drawn ones) and the
 * variant names the leaderboards use, so table dataset names resolve to a record.
 */
final class DatasetsWriter {
  private final World world;
  private final LeaderboardIndex leaderboards;
  private final DatasetProfile p;
  private final Categorical<Integer> words;
  private final Categorical<Integer> variantCount;
  private final Categorical<Integer> modalityCount;
  private final Categorical<String> modalities;
  private final Categorical<Integer> languageCount;
  private final Categorical<String> languages;
  private final Categorical<Integer> taskCount;

  DatasetsWriter(World world, LeaderboardIndex leaderboards) {
    this.world = world;
    this.leaderboards = leaderboards;
    this.p = world.profile().datasets();
    this.words = Categorical.of(p.descriptionWords());
    this.variantCount = Categorical.of(p.variantsPerDataset());
    this.modalityCount = Categorical.of(p.modalitiesPerDataset());
    this.modalities = Categorical.of(p.modalities());
    this.languageCount = Categorical.of(p.languagesPerDataset());
    this.languages = Categorical.of(p.languages());
    this.taskCount = Categorical.of(p.tasksPerDataset());
  }

  void write(Path file, IntConsumer progress) throws IOException {
    try (DumpFile out = DumpFile.oneLine(file)) {
      for (int d = 0; d < world.datasets().size(); d++) {
        dataset(out.json(), d, Seeds.random(world.seed(), Seeds.Stream.DATASET_BODY, d));
        progress.accept(d + 1);
      }
    }
  }

  private void dataset(JsonGenerator g, int d, SplittableRandom r) throws IOException {
    String name = world.datasets().name(d);
    g.writeStartObject();
    g.writeStringField("url", world.datasets().url(d));
    g.writeStringField("name", name);
    g.writeStringField("full_name", absent(r, "full_name") ? null : name);
    g.writeStringField("homepage", absent(r, "homepage") ? null : world.repos().url(r));
    g.writeStringField("description", world.texts().text(r, words.sample(r)));
    paper(g, r);
    g.writeStringField(
        "introduced_date",
        absent(r, "introduced_date")
            ? null
            : world.papers().core(r.nextInt(world.scale().papers())).date());
    g.writeStringField("warning", absent(r, "warning") ? null : "");
    strings(g, "modalities", distinct(modalities, modalityCount.sample(r), r));
    tasks(g, d, r);
    strings(g, "languages", distinct(languages, languageCount.sample(r), r));
    strings(g, "variants", variants(d, name, r));
    g.writeFieldName("num_papers");
    if (absent(r, "num_papers")) g.writeNull();
    else g.writeNumber(r.nextInt(100));
    g.writeArrayFieldStart("data_loaders");
    g.writeEndArray();
    g.writeEndObject();
  }

  private void paper(JsonGenerator g, SplittableRandom r) throws IOException {
    g.writeFieldName("paper");
    if (r.nextDouble() < p.paperNullRate()) {
      g.writeNull();
      return;
    }
    PaperCore paper = world.papers().core(r.nextInt(world.scale().papers()));
    g.writeStartObject();
    g.writeStringField("title", paper.title());
    g.writeStringField("url", absent(r, "paper.url") ? null : paper.paperUrl());
    g.writeEndObject();
  }

  private void tasks(JsonGenerator g, int d, SplittableRandom r) throws IOException {
    List<Integer> tasks = new ArrayList<>();
    for (int t : leaderboards.tasksOfDataset(d)) tasks.add(t);
    for (int k = taskCount.sample(r) - tasks.size(); k > 0; k--) {
      int t = world.tasks().sample(r);
      if (!tasks.contains(t)) tasks.add(t);
    }
    g.writeArrayFieldStart("tasks");
    for (int t : tasks) {
      g.writeStartObject();
      g.writeStringField("task", world.tasks().name(t));
      g.writeStringField("url", world.tasks().url(t));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private List<String> variants(int d, String name, SplittableRandom r) {
    int k = variantCount.sample(r);
    List<String> out = new ArrayList<>();
    if (k == 0 && leaderboards.variantsOf(d).isEmpty()) return out;
    out.add(name);
    out.addAll(leaderboards.variantsOf(d));
    for (int t = 0; t < 2 * k && out.size() < k; t++) {
      String v = world.datasets().variantOf(d, r);
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }

  private boolean absent(SplittableRandom r, String field) {
    Map<String, Double> rates = p.nullRates();
    return r.nextDouble() < rates.getOrDefault(field, 0.0);
  }

  private static <T> List<T> distinct(Categorical<T> values, int k, SplittableRandom r) {
    List<T> out = new ArrayList<>(k);
    for (int t = 0; t < 3 * k && out.size() < k; t++) {
      T v = values.sample(r);
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
