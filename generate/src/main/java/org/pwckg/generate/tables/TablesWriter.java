package org.pwckg.generate.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.pwckg.generate.world.Link;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.DumpFile;

/** Writes evaluation-tables.json: one task tree a record, fields in each layout's order. */
public final class TablesWriter {
  private final World world;
  private final TableFactory factory;

  public TablesWriter(World world) {
    this.world = world;
    this.factory = new TableFactory(world);
  }

  public void write(Path file, IntConsumer progress) throws IOException {
    try (DumpFile out = DumpFile.oneLine(file)) {
      for (int t = 0; t < world.scale().tables(); t++) {
        task(out.json(), factory.tree(t));
        progress.accept(t + 1);
      }
    }
  }

  private void task(JsonGenerator g, Nodes.Task t) throws IOException {
    g.writeStartObject();
    for (String key : t.keys()) {
      g.writeFieldName(key);
      switch (key) {
        case "task" -> g.writeString(world.tasks().name(t.task()));
        case "description" -> g.writeString(t.description());
        case "categories" -> strings(g, t.categories());
        case "synonyms" -> strings(g, t.synonyms().stream().map(world.tasks()::name).toList());
        case "source_link" -> {
          if (t.sourceLink() == null) g.writeNull();
          else pair(g, t.sourceLink().get(0), t.sourceLink().get(1));
        }
        case "datasets" -> {
          g.writeStartArray();
          for (Nodes.Dataset d : t.datasets()) dataset(g, d);
          g.writeEndArray();
        }
        case "subtasks" -> {
          g.writeStartArray();
          for (Nodes.Task s : t.subtasks()) task(g, s);
          g.writeEndArray();
        }
        default -> g.writeNull();
      }
    }
    g.writeEndObject();
  }

  private void dataset(JsonGenerator g, Nodes.Dataset d) throws IOException {
    g.writeStartObject();
    for (String key : d.keys()) {
      g.writeFieldName(key);
      switch (key) {
        case "dataset", "subdataset" -> g.writeString(d.name());
        case "description" -> g.writeString(d.description());
        case "dataset_links" -> pairs(g, d.links());
        case "dataset_citations" -> pairs(g, d.citations());
        case "sota" -> sota(g, d);
        case "subdatasets" -> {
          g.writeStartArray();
          for (Nodes.Dataset s : d.subdatasets()) dataset(g, s);
          g.writeEndArray();
        }
        default -> g.writeNull();
      }
    }
    g.writeEndObject();
  }

  private void sota(JsonGenerator g, Nodes.Dataset d) throws IOException {
    g.writeStartObject();
    g.writeFieldName("metrics");
    strings(g, d.metrics());
    g.writeFieldName("rows");
    g.writeStartArray();
    for (Nodes.Row row : d.rows()) row(g, row);
    g.writeEndArray();
    g.writeEndObject();
  }

  private void row(JsonGenerator g, Nodes.Row row) throws IOException {
    PaperCore paper = world.papers().core(row.paper());
    List<Link> links = world.links().links(row.paper());
    String repo = links.isEmpty() ? row.fallbackRepo() : links.get(0).repoUrl();
    String url = RowReference.url(row, paper, repo);
    g.writeStartObject();
    for (String key : row.keys()) {
      g.writeFieldName(key);
      switch (key) {
        case "model_name" -> g.writeString(row.modelName());
        case "metrics" -> {
          g.writeStartObject();
          for (String[] cell : row.metrics()) g.writeStringField(cell[0], cell[1]);
          g.writeEndObject();
        }
        case "paper_url" -> g.writeString(url);
        case "paper_title" -> g.writeString(RowReference.title(row, paper, url));
        case "paper_date" -> {
          if (row.dateNull()) g.writeNull();
          else g.writeString(paper.date());
        }
        case "code_links" -> {
          g.writeStartArray();
          for (String[] c : row.codeLinks()) pair(g, c[0], c[1].equals("empty") ? "" : repo);
          g.writeEndArray();
        }
        case "model_links" -> {
          g.writeStartArray();
          g.writeEndArray();
        }
        case "uses_additional_data" -> g.writeBoolean(row.additionalData());
        default -> g.writeNull();
      }
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private static void pairs(JsonGenerator g, List<String[]> pairs) throws IOException {
    g.writeStartArray();
    for (String[] p : pairs) pair(g, p[0], p[1]);
    g.writeEndArray();
  }

  private static void pair(JsonGenerator g, String title, String url) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", title);
    g.writeStringField("url", url);
    g.writeEndObject();
  }
}
