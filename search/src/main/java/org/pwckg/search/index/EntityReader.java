package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.pwckg.ontology.Vocab;

/**
 * Reads the entities of the graph as {@link EntityDoc}s: for each, the facts {@link IndexedFacts}
 * names, walked over the TDB2 indexes by node id ({@link StoredTriples}). Callers hold a read
 * transaction.
 *
 * <p>Reading the same facts with one SPARQL query per kind (a {@code UNION} per fact) spent most of
 * the time in Jena's per-row work: rewriting the union for every entity, building bindings,
 * decoding nodes through its cache. Here an entity costs two index scans (its own triples and those
 * that point at it), and a node is decoded only when it goes into the document: a read of the whole
 * archive takes less than half the time (BENCHMARKS.md, issue 13 item 1).
 */
public final class EntityReader {
  /** Every entity of {@code kind}, in the order of the graph's type index. */
  public void forEach(DatasetGraph dsg, EntityKind kind, Consumer<EntityDoc> sink) {
    Walk walk = new Walk(new StoredTriples(dsg), kind);
    Iterator<Tuple<NodeId>> members =
        walk.triples.find(NodeId.NodeIdAny, walk.typeProperty, walk.kindType);
    try {
      while (members.hasNext()) {
        NodeId entity = members.next().get(0);
        Node node = walk.triples.node(entity);
        if (node.isURI()) sink.accept(walk.doc(entity, node.getURI()));
      }
    } finally {
      Iter.close(members);
    }
  }

  /** One entity, as the index would hold it (an entity not of {@code kind}: an empty document). */
  public EntityDoc read(DatasetGraph dsg, EntityKind kind, Node entity) {
    Walk walk = new Walk(new StoredTriples(dsg), kind);
    NodeId id = walk.triples.id(entity);
    if (!walk.triples.contains(id, walk.typeProperty, walk.kindType))
      return new DocFields().toDoc(entity.getURI(), kind);
    return walk.doc(id, entity.getURI());
  }

  /**
   * One read of a kind: its fact paths by node id, and what it has already learnt about the nodes
   * that many entities share (a task's areas and labels, an evaluation table's dataset).
   */
  private static final class Walk {
    /** How many shared nodes each memory keeps, the ones used last. */
    private static final int RECENT = 1 << 16;

    /** A link to an entity without a label still counts, once, with no label. */
    private static final List<String> NO_LABEL = Collections.singletonList(null);

    private final StoredTriples triples;
    private final EntityKind kind;
    private final NodeId typeProperty;
    private final NodeId kindType;
    private final Map<NodeId, List<Path>> byFirstProperty = new HashMap<>();
    private final Map<NodeId, List<Path>> byFirstInverse = new HashMap<>();
    private final Map<Continuation, List<NodeId>> reached = recent();
    private final Map<RefKind, NodeId> labelProperties = new EnumMap<>(RefKind.class);
    private final Map<NodeId, Map<NodeId, Link>> linksByLabel = new HashMap<>();

    Walk(StoredTriples triples, EntityKind kind) {
      this.triples = triples;
      this.kind = kind;
      this.typeProperty = triples.id(Vocab.TYPE);
      this.kindType = triples.id(kind.type());
      for (RefKind refKind : RefKind.values())
        labelProperties.put(refKind, triples.id(refKind.labelProperty()));
      List<FactPath> facts = IndexedFacts.of(kind);
      for (int number = 0; number < facts.size(); number++) {
        Path path = Path.resolve(facts.get(number), triples, number);
        // A property or type the graph never uses: no entity has the fact.
        if (path == null) continue;
        Step first = path.steps.get(0);
        (first.inverse ? byFirstInverse : byFirstProperty)
            .computeIfAbsent(first.property, p -> new ArrayList<>())
            .add(path);
      }
    }

    EntityDoc doc(NodeId entity, String iri) {
      DocFields fields = new DocFields();
      End sink = (path, end) -> add(path, end, fields);
      if (!byFirstProperty.isEmpty()) scan(entity, false, sink);
      if (!byFirstInverse.isEmpty()) scan(entity, true, sink);
      return fields.toDoc(iri, kind);
    }

    private void add(Path path, NodeId end, DocFields fields) {
      if (path.refKind != null) {
        Link link = link(path.refKind, end);
        if (link != null)
          for (String label : link.labels) fields.link(path.refKind, link.iri, label);
        return;
      }
      Node value = triples.node(end);
      if (value.isLiteral()) fields.value(path.field, value.getLiteralLexicalForm());
    }

    /** One scan of the entity's own triples (or of those pointing at it) serves every path. */
    private void scan(NodeId entity, boolean inverse, End sink) {
      Map<NodeId, List<Path>> starts = inverse ? byFirstInverse : byFirstProperty;
      Iterator<Tuple<NodeId>> found =
          inverse
              ? triples.find(NodeId.NodeIdAny, NodeId.NodeIdAny, entity)
              : triples.find(entity, NodeId.NodeIdAny, NodeId.NodeIdAny);
      try {
        while (found.hasNext()) {
          Tuple<NodeId> triple = found.next();
          List<Path> starting = starts.get(triple.get(1));
          if (starting == null) continue;
          NodeId next = inverse ? triple.get(0) : triple.get(2);
          for (Path path : starting) follow(path, 1, next, sink);
        }
      } finally {
        Iter.close(found);
      }
    }

    /** {@code node} was reached by step {@code done - 1} of {@code path}. */
    private void follow(Path path, int done, NodeId node, End sink) {
      Step last = path.steps.get(done - 1);
      boolean shared = !last.inverse && (done < path.steps.size() || last.type != null);
      if (!shared) {
        walkOn(path, done, node, sink);
        return;
      }
      // A node reached forward (a task, a table) is shared by many entities: remember where it
      // leads.
      Continuation key = new Continuation(path.number, done, node);
      List<NodeId> ends = reached.get(key);
      if (ends == null) {
        List<NodeId> found = new ArrayList<>(1);
        walkOn(path, done, node, (p, end) -> found.add(end));
        ends = found.isEmpty() ? List.of() : found;
        reached.put(key, ends);
      }
      for (NodeId end : ends) sink.reach(path, end);
    }

    private void walkOn(Path path, int done, NodeId node, End sink) {
      Step last = path.steps.get(done - 1);
      if (last.type != null && !triples.contains(node, typeProperty, last.type)) return;
      if (done == path.steps.size()) {
        sink.reach(path, node);
        return;
      }
      Step step = path.steps.get(done);
      Iterator<Tuple<NodeId>> found =
          step.inverse
              ? triples.find(NodeId.NodeIdAny, step.property, node)
              : triples.find(node, step.property, NodeId.NodeIdAny);
      try {
        while (found.hasNext()) {
          Tuple<NodeId> triple = found.next();
          walkOn(path, done + 1, step.inverse ? triple.get(0) : triple.get(2), sink);
        }
      } finally {
        Iter.close(found);
      }
    }

    /** The link to {@code entity}: its IRI and labels, or null when it is not an IRI. */
    private Link link(RefKind refKind, NodeId entity) {
      NodeId labelProperty = labelProperties.get(refKind);
      Map<NodeId, Link> known = linksByLabel.computeIfAbsent(labelProperty, p -> recent());
      Link link = known.get(entity);
      if (link == null && !known.containsKey(entity)) {
        link = readLink(labelProperty, entity);
        known.put(entity, link);
      }
      return link;
    }

    private Link readLink(NodeId labelProperty, NodeId entity) {
      Node node = triples.node(entity);
      if (!node.isURI()) return null;
      List<String> labels = new ArrayList<>(1);
      Iterator<Tuple<NodeId>> found = triples.find(entity, labelProperty, NodeId.NodeIdAny);
      try {
        while (found.hasNext()) {
          Node label = triples.node(found.next().get(2));
          labels.add(label.isLiteral() ? label.getLiteralLexicalForm() : null);
        }
      } finally {
        Iter.close(found);
      }
      return new Link(node.getURI(), labels.isEmpty() ? NO_LABEL : labels);
    }

    private static <K, V> Map<K, V> recent() {
      return new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
          return size() > RECENT;
        }
      };
    }

    /** Where a path ends; called once per path to each end node. */
    private interface End {
      void reach(Path path, NodeId end);
    }

    /** What is left of path {@code path} from {@code node}, reached by its first steps. */
    private record Continuation(int path, int done, NodeId node) {}

    private record Link(String iri, List<String> labels) {}

    /** A fact path by node id; {@code field}'s link kind, or null for a value. */
    private record Path(int number, String field, RefKind refKind, List<Step> steps) {
      static Path resolve(FactPath fact, StoredTriples triples, int number) {
        List<Step> steps = new ArrayList<>();
        for (FactPath.Step step : fact.steps()) {
          NodeId property = triples.id(step.property());
          NodeId type = step.type() == null ? null : triples.id(step.type());
          if (NodeId.isDoesNotExist(property) || (type != null && NodeId.isDoesNotExist(type)))
            return null;
          steps.add(new Step(property, step.inverse(), type));
        }
        return new Path(number, fact.field(), RefKind.ofField(fact.field()), List.copyOf(steps));
      }
    }

    private record Step(NodeId property, boolean inverse, NodeId type) {}
  }
}
