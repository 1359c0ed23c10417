package org.pwckg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.TdbDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Runs a read-only SPARQL query on the knowledge graph and prints the result.",
      "SELECT and ASK results are printed as a text table (default) or in --format json, csv, tsv or xml; "
          + "CONSTRUCT and DESCRIBE results as Turtle. The standard prefixes (pwc:, schema:, dcterms:, fabio:, "
          + "foaf:, dcat:, mls:, skos:, bibo:, owl:, rdfs:, rdf:, xsd:, …) are predefined."
    },
    footer = ExitCodes.HELP_FOOTER)
final class QueryCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    csv,
    tsv,
    xml,
    ttl
  }

  @Mixin DatabaseOption database;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default for SELECT/ASK), json, csv, tsv, xml; ttl (CONSTRUCT/DESCRIBE).")
  Format format;

  @Parameters(
      paramLabel = "SPARQL",
      description = "The query text, or @FILE to read it from a file (e.g. @q.rq).")
  String sparql;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          Query query = parse(text(sparql));
          check(query);
          DatasetGraph dsg = TdbDatabase.openExisting(database.path());
          PrintStream out = System.out;
          Txn.executeRead(dsg, () -> run(query, dsg, out));
          out.flush();
          return ExitCodes.OK;
        });
  }

  private static String text(String arg) throws IOException {
    if (!arg.startsWith("@")) return arg;
    try {
      return Files.readString(Path.of(arg.substring(1)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("No such query file: " + arg.substring(1));
    }
  }

  /**
   * The standard prefixes go into a copy of their own: the shared mapping is locked, and the parser
   * writes the query's own PREFIX lines (new ones, or a standard name rebound) into the mapping.
   */
  private static Query parse(String text) {
    Query query = new Query();
    query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()));
    return QueryFactory.parse(query, text, null, null);
  }

  private void check(Query query) {
    boolean graphResult = query.isConstructType() || query.isDescribeType();
    if (format == Format.ttl && !graphResult)
      throw new IllegalArgumentException("--format ttl is for CONSTRUCT and DESCRIBE queries");
    if (format != null && format != Format.ttl && graphResult) {
      throw new IllegalArgumentException(
          "CONSTRUCT and DESCRIBE results are Turtle: use --format ttl or leave --format out");
    }
  }

  private void run(Query query, DatasetGraph dsg, OutputStream out) {
    try (QueryExecution qe =
        QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
      if (query.isSelectType()) select(qe.execSelect(), query, out);
      else if (query.isAskType()) ask(qe.execAsk(), out);
      else turtle(query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), out);
    }
  }

  private void select(ResultSet rs, Query query, OutputStream out) {
    switch (format == null ? Format.text : format) {
      case json -> ResultSetFormatter.outputAsJSON(out, rs);
      case csv -> ResultSetFormatter.outputAsCSV(out, rs);
      case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
      case xml -> ResultSetFormatter.outputAsXML(out, rs);
      default -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
    }
  }

  private void ask(boolean answer, OutputStream out) {
    switch (format == null ? Format.text : format) {
      case json -> ResultSetFormatter.outputAsJSON(out, answer);
      case csv -> ResultSetFormatter.outputAsCSV(out, answer);
      case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
      case xml -> ResultSetFormatter.outputAsXML(out, answer);
      default -> ResultSetFormatter.out(out, answer);
    }
  }

  private static void turtle(Model model, OutputStream out) {
    model.setNsPrefixes(Namespaces.prefixes());
    RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
  }
}
