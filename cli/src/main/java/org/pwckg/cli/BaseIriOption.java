package org.pwckg.cli;

import org.pwckg.ontology.Namespaces;
import picocli.CommandLine.Option;

/**
 * {@code --base-iri}: the base of the entity IRIs in the database (docs/IRIS.md), in every command
 * that has it. The server's public URL is another thing ({@code serve --public-url}).
 */
final class BaseIriOption {
  @Option(
      names = "--base-iri",
      paramLabel = "IRI",
      defaultValue = Namespaces.DEFAULT_BASE,
      description = "Base of the entity IRIs (default: ${DEFAULT-VALUE}).")
  String baseIri;

  String iri() {
    return baseIri;
  }
}
