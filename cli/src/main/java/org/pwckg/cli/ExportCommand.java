package org.pwckg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.TdbDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Writes the knowledge graph to a file, streaming (memory stays flat whatever the size).",
      "nt and ttl: the default graph (the knowledge graph); nq: every graph, including the ingest metadata "
          + "graph. ttl is written in blocks per subject with the standard prefixes."
    },
    footer = ExitCodes.HELP_FOOTER)
final class ExportCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

  enum Format {
    nt,
    ttl,
    nq
  }

  @Mixin DatabaseOption database;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "nt, ttl or nq.")
  Format format;

  @Option(names = "--gzip", description = "Compress the output with gzip.")
  boolean gzip;

  @Parameters(paramLabel = "OUT", description = "Output file, or - for stdout.")
  String out;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          DatasetGraph dsg = TdbDatabase.openExisting(database.path());
          long n;
          try (OutputStream os = open()) {
            n = Txn.calculateRead(dsg, () -> write(dsg, os));
          }
          LOG.info(
              String.format(
                  "Exported %,d %s to %s", n, format == Format.nq ? "quads" : "triples", out));
          return ExitCodes.OK;
        });
  }

  private long write(DatasetGraph dsg, OutputStream os) {
    RDFFormat rdfFormat =
        switch (format) {
          case nt -> RDFFormat.NTRIPLES;
          case nq -> RDFFormat.NQUADS;
          case ttl -> RDFFormat.TURTLE_BLOCKS;
        };
    StreamRDF stream = StreamRDFWriter.getWriterStream(os, rdfFormat);
    stream.start();
    if (format == Format.ttl) StreamRDFOps.sendPrefixesToStream(Namespaces.prefixes(), stream);
    long n = 0;
    if (format == Format.nq) {
      for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) stream.quad(it.next());
    } else {
      for (Iterator<Triple> it = dsg.getDefaultGraph().find(Node.ANY, Node.ANY, Node.ANY);
          it.hasNext();
          n++) {
        stream.triple(it.next());
      }
    }
    stream.finish();
    return n;
  }

  /** stdout stays open after the export. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private OutputStream open() throws IOException {
    OutputStream raw =
        out.equals("-") ? new NonClosing(System.out) : Files.newOutputStream(Path.of(out));
    OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
    return gzip ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
  }
}
