package org.pwckg.server.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pwckg.server.api.Views;
import org.pwckg.server.http.Html;

/**
 * The state of the art over time, drawn on the server as SVG: every dated result of the table is a
 * point, the record-breaking results (from the leaderboard's history) are joined by a step line.
 * Better is always up: for a lower-is-better metric the value axis runs downwards.
 */
public final class SotaChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;

  /** One dated result; {@code record} when it set a new best on the metric when it appeared. */
  public record Point(
      String date, double value, String model, String paperId, String paper, boolean record) {}

  /** The chart's data (also what the CSV and JSON downloads hold). */
  public record Data(
      String task, String dataset, String metric, String direction, List<Point> points) {}

  private SotaChart() {}

  /**
   * The points of {@code table} (its rows under its own filters) marked with the records of {@code
   * history} up to the table's "as of" date.
   */
  public static Data data(Views.SotaTable table, Views.SotaHistory history) {
    Set<String> records = new HashSet<>();
    for (Views.HistoryPoint h : history.records()) {
      if (table.asOf() == null || h.date().compareTo(table.asOf()) <= 0)
        records.add(key(h.date(), h.model(), h.paper()));
    }
    List<Point> points = new ArrayList<>();
    for (Views.SotaRow r : table.rows()) {
      if (r.date() == null || r.value() == null) continue;
      points.add(
          new Point(
              r.date(),
              r.value(),
              r.model(),
              r.paper() == null ? null : r.paper().id(),
              r.paper() == null ? null : r.paper().name(),
              records.contains(key(r.date(), r.model(), r.paper()))));
    }
    points.sort(Comparator.comparing(Point::date).thenComparing(p -> p.record() ? 0 : 1));
    Views.Metric m = table.metric();
    return new Data(
        table.task() == null ? null : table.task().name(),
        table.dataset() == null ? null : table.dataset().name(),
        m.name() != null ? m.name() : m.id(),
        m.direction(),
        points);
  }

  private static String key(String date, String model, Views.Ref paper) {
    return date + "\u0000" + model + "\u0000" + (paper == null ? "" : paper.id());
  }

  /** The SVG element ({@code svg#sota-chart}); an empty chart says that nothing is dated. */
  public static String svg(Data data) {
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"sota-chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"sota-chart-title\">")
        .append("<title id=\"sota-chart-title\">")
        .append(
            Html.escape(
                data.metric()
                    + " over time: "
                    + data.points().size()
                    + " dated results, "
                    + data.points().stream().filter(Point::record).count()
                    + " records"))
        .append("</title>");
    if (data.points().isEmpty()) {
      s.append("<text x=\"")
          .append(WIDTH / 2)
          .append("\" y=\"")
          .append(HEIGHT / 2)
          .append("\" text-anchor=\"middle\">No dated results to draw</text></svg>");
      return s.toString();
    }
    boolean lowerIsBetter = "lower_is_better".equals(data.direction());
    Scale x = Scale.of(data.points().stream().mapToDouble(p -> day(p.date())).toArray(), 30);
    Scale y = Scale.of(data.points().stream().mapToDouble(Point::value).toArray(), 0);
    y = y.padded(0.06);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    Scale ys = y;
    java.util.function.DoubleUnaryOperator px = v -> LEFT + x.fraction(v) * plotW;
    java.util.function.DoubleUnaryOperator py =
        v -> lowerIsBetter ? TOP + ys.fraction(v) * plotH : TOP + (1 - ys.fraction(v)) * plotH;

    s.append("<g class=\"grid axis y-axis\">");
    for (double t : y.ticks(5)) {
      double yy = py.applyAsDouble(t);
      s.append(line(LEFT, yy, WIDTH - RIGHT, yy))
          .append(text(LEFT - 6, yy + 4, "end", Links.value(t, null)));
    }
    s.append("</g><g class=\"axis x-axis\">");
    s.append(line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH));
    for (DateTick tick : dateTicks(x.min(), x.max())) {
      double xx = px.applyAsDouble(tick.date().toEpochDay());
      s.append(line(xx, TOP + plotH, xx, TOP + plotH + 5))
          .append(text(xx, TOP + plotH + 18, "middle", tick.label()));
    }
    s.append(text(LEFT + plotW / 2, HEIGHT - 4, "middle", "date"));
    s.append("</g>");
    s.append(
        text(
            14,
            TOP + plotH / 2,
            "middle",
            data.metric() + (lowerIsBetter ? " (lower is better)" : ""),
            "rotate(-90 14 " + fmt(TOP + plotH / 2) + ")"));

    List<Point> records = data.points().stream().filter(Point::record).toList();
    if (!records.isEmpty()) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < records.size(); i++) {
        Point p = records.get(i);
        double xx = px.applyAsDouble(day(p.date()));
        double yy = py.applyAsDouble(p.value());
        if (i == 0) d.append('M').append(fmt(xx)).append(' ').append(fmt(yy));
        else d.append(" H").append(fmt(xx)).append(" V").append(fmt(yy));
      }
      d.append(" H").append(fmt(LEFT + plotW));
      s.append("<path class=\"sota-step\" d=\"").append(d).append("\"/>");
    }
    for (Point p : data.points()) {
      s.append("<circle class=\"point")
          .append(p.record() ? " record" : "")
          .append("\" r=\"")
          .append(p.record() ? 4.5 : 3.5)
          .append("\" cx=\"")
          .append(fmt(px.applyAsDouble(day(p.date()))))
          .append("\" cy=\"")
          .append(fmt(py.applyAsDouble(p.value())))
          .append("\" data-date=\"")
          .append(p.date())
          .append("\" data-value=\"")
          .append(p.value())
          .append("\"><title>")
          .append(
              Html.escape(
                  (p.model() == null ? "" : p.model())
                      + " – "
                      + Links.value(p.value(), null)
                      + " ("
                      + p.date()
                      + ")"
                      + (p.record() ? ", a new record" : "")))
          .append("</title></circle>");
    }
    return s.append("</svg>").toString();
  }

  /** The chart's data as CSV: one line per point, with a header. */
  public static String csv(Data data) {
    StringBuilder s = new StringBuilder("date,value,model,paper,record\n");
    for (Point p : data.points()) {
      s.append(p.date())
          .append(',')
          .append(p.value())
          .append(',')
          .append(csvField(p.model()))
          .append(',')
          .append(csvField(p.paperId()))
          .append(',')
          .append(p.record())
          .append('\n');
    }
    return s.toString();
  }

  static String csvField(String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  /** A mark on the date axis and what it reads. */
  record DateTick(LocalDate date, String label) {}

  /** Steps between date ticks, in months: the finest that gives at most {@link #MAX_TICKS}. */
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};

  private static final int MAX_TICKS = 8;

  /**
   * Ticks on the first of a month between two days (epoch days), every 1, 2, 3 or 6 months or 1, 2,
   * 5… years, aligned on the calendar (quarters, half-years, round years); a yearly tick reads the
   * year, a monthly one the month and year. A span with fewer than two firsts of a month is marked
   * on the 1st and 15th of its months, with the day.
   */
  static List<DateTick> dateTicks(double fromDay, double toDay) {
    LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(fromDay));
    LocalDate to = LocalDate.ofEpochDay((long) Math.floor(toDay));
    List<DateTick> monthly = monthTicks(from, to);
    return monthly.size() >= 2 ? monthly : halfMonthTicks(from, to);
  }

  private static List<DateTick> halfMonthTicks(LocalDate from, LocalDate to) {
    List<DateTick> ticks = new ArrayList<>();
    for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
      for (LocalDate d : List.of(m, m.withDayOfMonth(15))) {
        if (!d.isBefore(from) && !d.isAfter(to))
          ticks.add(new DateTick(d, d.getDayOfMonth() + " " + month(d) + " " + d.getYear()));
      }
    }
    return ticks;
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static List<DateTick> monthTicks(LocalDate from, LocalDate to) {
    long firstMonth =
        from.getYear() * 12L + from.getMonthValue() - 1 + (from.getDayOfMonth() > 1 ? 1 : 0);
    long lastMonth = to.getYear() * 12L + to.getMonthValue() - 1;
    for (int step : MONTH_STEPS) {
      long start = Math.ceilDiv(firstMonth, step) * step;
      if ((lastMonth - start) / step + 1 > MAX_TICKS) continue;
      List<DateTick> ticks = new ArrayList<>();
      for (long m = start; m <= lastMonth; m += step) {
        LocalDate d = LocalDate.of((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1, 1);
        ticks.add(
            new DateTick(
                d, step % 12 == 0 ? Integer.toString(d.getYear()) : month(d) + " " + d.getYear()));
      }
      return ticks;
    }
    return List.of();
  }

  private static double day(String date) {
    return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).toEpochDay();
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\"/>";
  }

  private static String text(double x, double y, String anchor, String text) {
    return text(x, y, anchor, text, null);
  }

  private static String text(double x, double y, String anchor, String text, String transform) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\""
        + (transform == null ? "" : " transform=\"" + transform + "\"")
        + ">"
        + Html.escape(text)
        + "</text>";
  }

  /** One decimal, as SVG coordinates need; a chart has thousands, and String.format is slow. */
  static String fmt(double v) {
    long tenths = Math.round(Math.abs(v) * 10);
    return (v < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }

  /** A linear range; a degenerate one is widened so that a single point sits in the middle. */
  record Scale(double min, double max) {
    static Scale of(double[] values, double minSpan) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      if (hi - lo < minSpan) {
        double mid = (lo + hi) / 2;
        lo = mid - minSpan / 2;
        hi = mid + minSpan / 2;
      }
      if (hi == lo) {
        double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
      }
      return new Scale(lo, hi);
    }

    Scale padded(double share) {
      double pad = (max - min) * share;
      return new Scale(min - pad, max + pad);
    }

    double fraction(double v) {
      return (v - min) / (max - min);
    }

    /** About {@code n} round values inside the range. */
    List<Double> ticks(int n) {
      double raw = (max - min) / n;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = magnitude;
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * magnitude >= raw) {
          step = m * magnitude;
          break;
        }
      }
      List<Double> ticks = new ArrayList<>();
      for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
        ticks.add(Math.round(t / step) * step);
      return ticks;
    }
  }
}
