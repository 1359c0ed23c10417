package org.pwckg.server.sparql.eval;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REPLACE} (and {@code fn:replace}), stoppable by the query's timeout. */
final class CancellableReplace extends ExprFunctionN {
  CancellableReplace(ExprList args) {
    super("replace", args);
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
    Pattern pattern = CancellableRegex.compile(args.get(1), args.size() > 3 ? args.get(3) : null);
    if (pattern.matcher("").matches())
      throw new ExprEvalException("REPLACE: the pattern matches the empty string");
    if (!args.get(2).isString())
      throw new ExprEvalException("REPLACE: the replacement must be a string");
    String out;
    try {
      out =
          pattern
              .matcher(CancellableRegex.text(text.getLiteralLexicalForm(), env))
              .replaceAll(args.get(2).getString());
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new ExprEvalException("REPLACE: " + e.getMessage());
    }
    String lang = text.getLiteralLanguage();
    return lang == null || lang.isEmpty()
        ? NodeValue.makeString(out)
        : NodeValue.makeNode(NodeFactory.createLiteralLang(out, lang));
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new IllegalStateException("REPLACE is evaluated with its query's environment");
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableReplace(newArgs);
  }
}
