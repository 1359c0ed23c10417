package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.queries.NamedQueries;

/**
 * Reads the entities of the graph as {@link EntityDoc}s through the named queries {@code
 * search-entities} and {@code search-<kind>-fields}. Callers hold a read transaction.
 */
public final class EntityReader {
  private final NamedQueries queries;

  public EntityReader(NamedQueries queries) {
    this.queries = queries;
  }

  /** Every entity of {@code kind}, one at a time (the list of IRIs streams; no kind is held in memory). */
  public void forEach(DatasetGraph dsg, EntityKind kind, Consumer<EntityDoc> sink) {
    try (QueryExecution qe = queries.get("search-entities").on(dsg, Map.of("type", kind.type()))) {
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) sink.accept(read(dsg, kind, rows.next().getResource("entity").asNode()));
    }
  }

  /** One entity, as the index would hold it. */
  public EntityDoc read(DatasetGraph dsg, EntityKind kind, Node entity) {
    Fields fields = new Fields();
    try (QueryExecution qe = queries.get(kind.fieldsQuery()).on(dsg, Map.of("entity", entity))) {
      qe.execSelect().forEachRemaining(fields::add);
    }
    return fields.toDoc(entity.getURI(), kind);
  }

  /** The rows of one fields query, gathered. */
  private static final class Fields {
    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    void add(QuerySolution row) {
      String field = row.getLiteral("field").getLexicalForm();
      RDFNode value = row.get("value");
      String text = value != null && value.isLiteral() ? value.asLiteral().getLexicalForm() : null;
      RefKind kind = RefKind.ofField(field);
      if (kind != null) {
        RDFNode ref = row.get("ref");
        if (ref != null && ref.isURIResource()) refs.add(new Ref(kind, ref.asResource().getURI(), text));
        return;
      }
      if (text == null || text.isBlank()) return;
      switch (field) {
        case "name" -> names.add(text);
        case "text" -> texts.add(text);
        case "alt" -> alts.add(text);
        case "date" -> year(text);
        default -> throw new IllegalStateException("Unknown field '" + field + "' in a search fields query");
      }
    }

    private void year(String lexical) {
      if (lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
        years.add(Integer.parseInt(lexical.substring(0, 4)));
      }
    }

    EntityDoc toDoc(String iri, EntityKind kind) {
      Integer year = years.stream().min(Integer::compare).orElse(null);
      return new EntityDoc(iri, kind, longest(names), longest(texts), alts, year, refs);
    }

    /** Stubs written by other records may add a shorter name; the fullest one wins, ties alphabetically. */
    private static String longest(List<String> values) {
      return values.stream()
          .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
          .orElse("");
    }
  }
}
