package org.pwckg.server.sparql.eval;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} (and {@code fn:matches}) as Jena evaluates it, but stoppable by the query's
 * timeout, and silent: a pattern that does not compile is an evaluation error for that row only,
 * where Jena logged a warning per row (one query wrote 632,956 lines).
 */
final class CancellableRegex extends ExprFunctionN {
  private final Pattern constant;

  CancellableRegex(ExprList args) {
    super("regex", args);
    constant = isConstant(args) ? compile(args.get(1).getConstant(), flags(args)) : null;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    String text =
        NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
    Pattern pattern =
        constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
    return NodeValue.makeBoolean(pattern.matcher(text(text, env)).find());
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new IllegalStateException("REGEX is evaluated with its query's environment");
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableRegex(newArgs);
  }

  /** The text to match, stoppable when the query runs with a cancel signal. */
  static CharSequence text(String text, FunctionEnv env) {
    AtomicBoolean cancelled = env == null ? null : Context.getCancelSignal(env.getContext());
    return cancelled == null ? text : new CancellableText(text, cancelled);
  }

  static Pattern compile(NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString()))
      throw new ExprEvalException("REGEX: the pattern and flags must be strings");
    return RegexEngine.makePattern(
        "REGEX", pattern.getString(), flags == null ? null : flags.getString());
  }

  private static boolean isConstant(ExprList args) {
    return args.getList().stream().skip(1).allMatch(Expr::isConstant);
  }

  private static NodeValue flags(ExprList args) {
    return args.size() > 2 ? args.get(2).getConstant() : null;
  }
}
