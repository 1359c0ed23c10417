package org.pwckg.server.sparql.eval;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateRequest;

/**
 * How a stranger's query or update is evaluated: regular expressions stop at the timeout, and
 * functions named by {@code java:} IRIs (which load any class on the server's classpath) do not
 * exist.
 */
public final class SafeEvaluation {
  private static final String FN = ARQConstants.fnPrefix;
  private static final FunctionRegistry FUNCTIONS = library();

  private SafeEvaluation() {}

  /** {@code query} with its REGEX and REPLACE calls replaced by cancellable ones. */
  public static Query rewrite(Query query) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Regexes());
  }

  /** {@code update} with its REGEX and REPLACE calls replaced by cancellable ones. */
  public static UpdateRequest rewrite(UpdateRequest update) {
    return UpdateTransformOps.transform(update, new ElementTransformCopyBase(), new Regexes());
  }

  /**
   * The function library of an execution for a stranger (the context setting {@link
   * ARQConstants#registryFunctions}).
   */
  public static FunctionRegistry functions() {
    return FUNCTIONS;
  }

  /**
   * The property functions of an execution for a stranger over {@code dataset} (the context setting
   * {@link ARQConstants#registryPropertyFunctions}): those the dataset's context offers (the search
   * functions are registered there, not globally), and a {@code java:} predicate is an ordinary
   * predicate.
   */
  public static PropertyFunctionRegistry propertyFunctions(DatasetGraph dataset) {
    PropertyFunctionRegistry standard = PropertyFunctionRegistry.get(dataset.getContext());
    PropertyFunctionRegistry safe = new NoJavaPropertyFunctions();
    for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
      String iri = it.next();
      safe.put(iri, standard.get(iri));
    }
    return safe;
  }

  private static FunctionRegistry library() {
    FunctionRegistry standard = FunctionRegistry.get();
    FunctionRegistry safe = new NoJavaFunctions();
    for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
      String iri = it.next();
      safe.put(iri, standard.get(iri));
    }
    safe.put(FN + "matches", uri -> new AsFunction(CancellableRegex::new));
    safe.put(FN + "replace", uri -> new AsFunction(CancellableReplace::new));
    return safe;
  }

  /** The built-in REGEX and REPLACE, wherever they appear in the query. */
  private static final class Regexes extends ExprTransformCopy {
    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      if (func instanceof E_Regex) return new CancellableRegex(args);
      if (func instanceof E_StrReplace) return new CancellableReplace(args);
      return super.transform(func, args);
    }
  }

  /** Jena loads any class named by a {@code java:} function IRI; the public endpoint does not. */
  private static final class NoJavaFunctions extends FunctionRegistry {
    @Override
    public FunctionFactory getFunctionFactory(String uri) {
      if (uri.startsWith(ARQConstants.javaClassURIScheme))
        throw new QueryBuildException(
            "Functions named by java: IRIs are disabled on this server: <" + uri + ">");
      return super.getFunctionFactory(uri);
    }
  }

  private static final class NoJavaPropertyFunctions extends PropertyFunctionRegistry {
    @Override
    public boolean manages(String uri) {
      return !uri.startsWith(ARQConstants.javaClassURIScheme) && super.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
      return uri.startsWith(ARQConstants.javaClassURIScheme) ? null : super.get(uri);
    }
  }

  /** An XPath function call ({@code fn:matches}…) evaluated by one of our expressions. */
  private static final class AsFunction implements org.apache.jena.sparql.function.Function {
    private final Function<ExprList, Expr> make;
    private Expr expr;

    AsFunction(Function<ExprList, Expr> make) {
      this.make = make;
    }

    @Override
    public void build(String uri, ExprList args, Context context) {
      expr = make.apply(args);
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
      return expr.eval(binding, env);
    }
  }
}
