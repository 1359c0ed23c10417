package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pwckg.queries.NamedQueries;

/**
 * Reads the entities of the graph as {@link EntityDoc}s through the named queries {@code
 * search-entities} and {@code search-<kind>-fields}. Callers hold a read transaction.
 */
public final class EntityReader {
  static final int BATCH = 256;
  private static final Var ENTITY = Var.alloc("entity");

  private final NamedQueries queries;

  public EntityReader(NamedQueries queries) {
    this.queries = queries;
  }

  /**
   * Every entity of {@code kind}, one at a time: the list of IRIs streams, and their facts are read
   * {@value #BATCH} entities per query (a VALUES block), four times faster than a query each.
   */
  public void forEach(DatasetGraph dsg, EntityKind kind, Consumer<EntityDoc> sink) {
    List<Node> batch = new ArrayList<>(BATCH);
    try (QueryExecution qe = queries.get("search-entities").on(dsg, Map.of("type", kind.type()))) {
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) {
        batch.add(rows.next().getResource("entity").asNode());
        if (batch.size() == BATCH) {
          read(dsg, kind, batch).forEach(sink);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) read(dsg, kind, batch).forEach(sink);
  }

  /** One entity, as the index would hold it. */
  public EntityDoc read(DatasetGraph dsg, EntityKind kind, Node entity) {
    return read(dsg, kind, List.of(entity)).getFirst();
  }

  /**
   * The documents of {@code entities}, in their order; the fields query runs once with them as its
   * VALUES.
   */
  private List<EntityDoc> read(DatasetGraph dsg, EntityKind kind, List<Node> entities) {
    Map<Node, Fields> byEntity = new LinkedHashMap<>();
    entities.forEach(e -> byEntity.put(e, new Fields()));
    Query query = queries.get(kind.fieldsQuery()).query().cloneQuery();
    query.addResultVar(ENTITY);
    query.setValuesDataBlock(
        List.of(ENTITY), entities.stream().map(e -> BindingFactory.binding(ENTITY, e)).toList());
    try (QueryExecution qe =
        QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
      qe.execSelect()
          .forEachRemaining(row -> byEntity.get(row.get(ENTITY.getVarName()).asNode()).add(row));
    }
    List<EntityDoc> docs = new ArrayList<>(entities.size());
    byEntity.forEach((entity, fields) -> docs.add(fields.toDoc(entity.getURI(), kind)));
    return docs;
  }

  /** The rows of one fields query, gathered. */
  private static final class Fields {
    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    void add(QuerySolution row) {
      String field = row.getLiteral("field").getLexicalForm();
      RDFNode value = row.get("value");
      String text = value != null && value.isLiteral() ? value.asLiteral().getLexicalForm() : null;
      RefKind kind = RefKind.ofField(field);
      if (kind != null) {
        RDFNode ref = row.get("ref");
        if (ref != null && ref.isURIResource())
          refs.add(new Ref(kind, ref.asResource().getURI(), text));
        return;
      }
      if (text == null || text.isBlank()) return;
      switch (field) {
        case "name" -> names.add(text);
        case "text" -> texts.add(text);
        case "alt" -> alts.add(text);
        case "date" -> date(text);
        default ->
            throw new IllegalStateException(
                "Unknown field '" + field + "' in a search fields query");
      }
    }

    /** xsd:date and xsd:gYear values alike: the year leads, and ISO dates order as strings. */
    private void date(String lexical) {
      if (lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
        dates.add(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
      }
    }

    EntityDoc toDoc(String iri, EntityKind kind) {
      String date = dates.stream().min(String::compareTo).orElse(null);
      return new EntityDoc(iri, kind, longest(names), longest(texts), alts, date, refs);
    }

    /**
     * Stubs written by other records may add a shorter name; the fullest one wins, ties
     * alphabetically.
     */
    private static String longest(List<String> values) {
      return values.stream()
          .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
          .orElse("");
    }
  }
}
