package org.pwckg.generate.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.TableProfile;
import org.pwckg.generate.sample.Categorical;

/**
 * Metric value strings at the real frequencies. A table column keeps one format ("##.#%", "0.#### ±
 * 0.####", "###k") and values near one level, as leaderboards do; single cells turn into the real
 * per-row quirks ("-", "", "**##.#**", "##.#*", text) at the real rate.
 */
final class MetricValues {
  private final Categorical<ValueShape> columns;
  private final Categorical<ValueShape> quirks;
  private final double quirkRate;

  MetricValues(TableProfile p) {
    this.columns = Categorical.of(shapes(p.valueTemplates()));
    this.quirks = Categorical.of(shapes(p.quirkTemplates()));
    this.quirkRate = p.quirkRate();
  }

  private static Map<ValueShape, Integer> shapes(Map<String, Integer> templates) {
    Map<ValueShape, Integer> out = new LinkedHashMap<>();
    templates.forEach((t, n) -> out.put(new ValueShape(t), n));
    return out;
  }

  /** A column: its format and level. */
  record Column(ValueShape shape, double level) {}

  Column column(SplittableRandom r) {
    ValueShape shape = columns.sample(r);
    return new Column(shape, shape.draw(r));
  }

  String value(Column c, SplittableRandom r) {
    if (r.nextDouble() < quirkRate) {
      ValueShape q = quirks.sample(r);
      return q.fill(q.draw(r), r);
    }
    return c.shape().fill(c.level() * (1 + 0.05 * r.nextGaussian()), r);
  }
}
