package org.pwckg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The database the website's browser tests read: the real archive slices, the DeepSeek-VL seed
 * paper, the 46 real figures, and CPU embeddings of papers and captions (what {@code pwckg embed}
 * makes), so paper pages show related papers and semantic search works. Built once per test run.
 */
public final class SiteDatabase {
  private static Path database;

  private SiteDatabase() {}

  public static synchronized Path get() {
    if (database == null) database = build();
    return database;
  }

  private static Path build() {
    Path db = TestDatabase.fresh(List.of(TestDatabase.realData(), TestDatabase.seed()), true);
    try {
      EmbeddedSearchApiTest.embedPapersWithAbstracts(db);
      FigureApiTest.embedCaptions(db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return db;
  }
}
