package org.pwckg.search.sparql;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;

/**
 * The shape all our search functions share: {@code (?entity ?score) pwc:fn (arg1 arg2 …)}, or
 * {@code ?entity pwc:fn "arg"}. The subject's terms may be variables (bound to each hit, or, when
 * already bound, checked against it) or fixed terms (checked). The object's arguments are read once
 * evaluated against the incoming row, so they may come from earlier patterns.
 */
abstract class HitFunction extends PropertyFunctionEval {
  private final String name;
  private final int minArgs;
  private final int maxArgs;

  HitFunction(String name, int minArgs, int maxArgs) {
    super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER);
    this.name = name;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
  }

  /** The hits for these (evaluated) arguments, best first. */
  abstract Iterator<Hit> hits(List<Node> args, ExecutionContext context);

  /** What the function does with hits once the query iterator closes (release index resources). */
  void closed(Iterator<Hit> hits) {}

  @Override
  public void build(
      PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
    super.build(subject, predicate, object, context);
    int subjects = subject.isList() ? subject.getArgListSize() : 1;
    if (subjects < 1 || subjects > 2)
      throw new QueryBuildException(name + ": the subject is ?entity or (?entity ?score)");
    int args = object.isList() ? object.getArgListSize() : 1;
    if (args < minArgs || args > maxArgs) {
      throw new QueryBuildException(
          name + " takes " + minArgs + " to " + maxArgs + " arguments, got " + args);
    }
  }

  @Override
  public QueryIterator execEvaluated(
      Binding row,
      PropFuncArg subject,
      Node predicate,
      PropFuncArg object,
      ExecutionContext context) {
    List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
    for (Node arg : args) {
      if (!arg.isConcrete()) throw new Args.Invalid(name + ": argument " + arg + " is unbound");
    }
    List<Node> targets = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
    Iterator<Hit> hits = hits(args, context);
    Iterator<Binding> rows = Iter.removeNulls(Iter.map(hits, hit -> bind(row, targets, hit)));
    return QueryIterPlainWrapper.create(Iter.onClose(rows, () -> closed(hits)), context);
  }

  /** The row extended with this hit, or null when a fixed or bound term disagrees with it. */
  private static Binding bind(Binding row, List<Node> targets, Hit hit) {
    BindingBuilder out = Binding.builder(row);
    Node entity = NodeFactory.createURI(hit.iri());
    Node score = NodeFactory.createLiteralDT(Double.toString(hit.score()), XSDDatatype.XSDdouble);
    if (!match(out, row, targets.get(0), entity)) return null;
    if (targets.size() > 1 && !match(out, row, targets.get(1), score)) return null;
    return out.build();
  }

  private static boolean match(BindingBuilder out, Binding row, Node target, Node value) {
    if (Var.isVar(target)) {
      Var v = Var.alloc(target);
      Node bound = row.get(v);
      if (bound == null) {
        out.add(v, value);
        return true;
      }
      return bound.sameValueAs(value);
    }
    return target.sameValueAs(value);
  }
}
