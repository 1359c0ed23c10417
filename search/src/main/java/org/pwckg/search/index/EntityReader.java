package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pwckg.queries.NamedQueries;

/**
 * Reads the entities of the graph as {@link EntityDoc}s through the named queries {@code
 * search-<kind>-fields}. Callers hold a read transaction.
 */
public final class EntityReader {
  private static final Var ENTITY = Var.alloc("entity");
  private static final Var FIELD = Var.alloc("field");
  private static final Var VALUE = Var.alloc("value");
  private static final Var REF = Var.alloc("ref");

  private final NamedQueries queries;

  public EntityReader(NamedQueries queries) {
    this.queries = queries;
  }

  /**
   * Every entity of {@code kind}, one at a time, from one streamed query: its rows come an entity
   * at a time, so a document is complete when the next entity's first row arrives. Reading the IRIs
   * first and their facts 256 at a time (a VALUES block) took 5 % more time at archive scale.
   */
  public void forEach(DatasetGraph dsg, EntityKind kind, Consumer<EntityDoc> sink) {
    Node current = null;
    Fields fields = null;
    LabelLookup labels = new LabelLookup(dsg);
    try (QueryExecution qe = queries.get(kind.fieldsQuery()).on(dsg, Map.of())) {
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) {
        Binding row = rows.nextBinding();
        Node entity = row.get(ENTITY);
        if (!entity.equals(current)) {
          if (fields != null) sink.accept(fields.toDoc(current.getURI(), kind));
          current = entity;
          fields = new Fields(labels);
        }
        fields.add(row);
      }
    }
    if (fields != null) sink.accept(fields.toDoc(current.getURI(), kind));
  }

  /** One entity, as the index would hold it (an entity not of {@code kind}: an empty document). */
  public EntityDoc read(DatasetGraph dsg, EntityKind kind, Node entity) {
    Fields fields = new Fields(new LabelLookup(dsg));
    Query query = queries.get(kind.fieldsQuery()).query().cloneQuery();
    query.setValuesDataBlock(List.of(ENTITY), List.of(BindingFactory.binding(ENTITY, entity)));
    try (QueryExecution qe =
        QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) fields.add(rows.nextBinding());
    }
    return fields.toDoc(entity.getURI(), kind);
  }

  /**
   * The rows of one fields query, gathered. They come as bindings: each row read through the
   * model's {@code QuerySolution} made an {@code RDFNode} per value.
   */
  private static final class Fields {
    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();
    private final LabelLookup labels;

    Fields(LabelLookup labels) {
      this.labels = labels;
    }

    /** A row without a field is the entity's type, which every entity has: nothing to add. */
    void add(Binding row) {
      Node fieldNode = row.get(FIELD);
      if (fieldNode == null) return;
      String field = fieldNode.getLiteralLexicalForm();
      RefKind kind = RefKind.ofField(field);
      if (kind != null) {
        Node ref = row.get(REF);
        if (ref == null || !ref.isURI()) return;
        for (String label : labels.labels(kind.labelProperty(), ref))
          refs.add(new Ref(kind, ref.getURI(), label));
        return;
      }
      Node value = row.get(VALUE);
      String text = value != null && value.isLiteral() ? value.getLiteralLexicalForm() : null;
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
