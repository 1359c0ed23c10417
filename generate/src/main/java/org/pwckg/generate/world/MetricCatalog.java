package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.TableProfile;
import org.pwckg.generate.sample.AliasTable;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;

/**
 * Metric names: the real ones, most used first, then real names qualified by a real leading word
 * ("Validation" + "BLEU"). Real names keep their real weight; made-up ones weigh 1.
 */
public final class MetricCatalog {
  private final List<String> names;
  private final AliasTable weights;

  MetricCatalog(TableProfile p, long seed, int n) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.METRIC_CATALOG, 0);
    List<String> real = new ArrayList<>(p.metricNames().keySet());
    List<String> qualifiers = new ArrayList<>();
    for (String name : real)
      if (name.indexOf(' ') > 0) qualifiers.add(name.substring(0, name.indexOf(' ')));
    Categorical<String> q =
        Categorical.uniform(qualifiers.isEmpty() ? List.of("Test") : qualifiers);
    Categorical<String> base = Categorical.uniform(real);
    this.names = UniqueNames.draw(n, real, r, rr -> q.sample(rr) + " " + base.sample(rr));
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) w[i] = p.metricNames().getOrDefault(names.get(i), 1);
    this.weights = new AliasTable(w);
  }

  public String name(int i) {
    return names.get(i);
  }

  public int sample(SplittableRandom r) {
    return weights.sample(r);
  }
}
