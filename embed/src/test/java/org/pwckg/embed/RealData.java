package org.pwckg.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.pwckg.embed.job.EmbedDoc;

/** The real papers of the shared PWC sample, as documents to embed. */
public final class RealData {
  private RealData() {}

  public static Path pwc() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  /** Every paper of papers-with-abstracts.json.gz: id = its paper_url, text = title + abstract. */
  public static List<EmbedDoc> papers() {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(pwc().resolve("papers-with-abstracts.json.gz")))) {
      List<EmbedDoc> docs = new ArrayList<>();
      for (JsonNode paper : new ObjectMapper().readTree(in)) {
        docs.add(
            EmbedDoc.paper(
                paper.path("paper_url").asText(),
                paper.path("title").asText(),
                paper.path("abstract").isNull() ? null : paper.path("abstract").asText()));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same papers by title only: short texts that embed fast. */
  public static List<EmbedDoc> titles() {
    return papers().stream()
        .map(d -> new EmbedDoc(d.id(), d.text().lines().findFirst().orElse("")))
        .toList();
  }
}
