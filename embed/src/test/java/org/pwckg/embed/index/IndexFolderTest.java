package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.ReadAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.job.EmbedDoc;

/**
 * How an index folder is read: at random for searches (no read-ahead of files no query asked for
 * yet, which made a cold start read ~540 MB more of the full archive's keyword index), in sequence
 * for merges and flushes.
 */
class IndexFolderTest {
  @TempDir Path dir;

  @Test
  void search_reads_are_random_and_merges_keep_their_sequential_advice() {
    assertThat(IndexFolder.advice("_0.fdt", IOContext.DEFAULT)).contains(ReadAdvice.RANDOM);
    assertThat(IndexFolder.advice("_0.fdt", IOContext.merge()))
        .contains(ReadAdvice.SEQUENTIAL)
        .isEqualTo(MMapDirectory.ADVISE_BY_CONTEXT.apply("_0.fdt", IOContext.merge()));
  }

  @Test
  void an_opened_index_maps_its_files_with_the_random_read_advice() throws IOException {
    Path smaps = Path.of("/proc/self/smaps");
    assumeTrue(Files.isReadable(smaps) && MMapDirectory.supportsMadvise(), "Linux madvise only");
    // Real titles of the archive slices, stored: segment files of many pages.
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig().setUseCompoundFile(false))) {
      for (EmbedDoc d : RealData.titles()) {
        Document doc = new Document();
        doc.add(new TextField("title", d.text(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    List<String> flags =
        IndexFolder.open(
            dir,
            "test index",
            directory -> {
              try (directory;
                  DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.numDocs()).isGreaterThan(100);
                return mappingFlags(smaps, dir);
              }
            });
    assertThat(flags).isNotEmpty().allSatisfy(f -> assertThat(f.split(" ")).contains("rr"));
  }

  /** The VmFlags line of every mapping of a file in {@code folder} larger than a page. */
  private static List<String> mappingFlags(Path smaps, Path folder) throws IOException {
    List<String> flags = new ArrayList<>();
    Optional<String> current = Optional.empty();
    for (String line : Files.readAllLines(smaps)) {
      if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
        String[] f = line.trim().split("\\s+");
        long from = Long.parseUnsignedLong(f[0].split("-")[0], 16);
        long to = Long.parseUnsignedLong(f[0].split("-")[1], 16);
        boolean ours = f.length >= 6 && f[5].startsWith(folder.toString()) && to - from > 4096;
        current = ours ? Optional.of(f[5]) : Optional.empty();
      } else if (line.startsWith("VmFlags:") && current.isPresent()) {
        flags.add(line.substring("VmFlags:".length()).trim());
      }
    }
    return flags;
  }
}
