package org.pwckg.generate.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A metric value shape such as "0.#### ± 0.####" or "**##.#**": literal text around number slots.
 * Filling puts a given value in the first slot and random values in the others, each with the
 * slot's digit counts (a slot "0.###" holds a value below 1).
 */
final class ValueShape {
  private final List<Object> parts = new ArrayList<>();

  ValueShape(String template) {
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int end = slotEnd(template, i);
      if (end > i) {
        if (!literal.isEmpty()) parts.add(literal.toString());
        literal.setLength(0);
        parts.add(Slot.parse(template.substring(i, end)));
        i = end;
      } else {
        literal.append(template.charAt(i++));
      }
    }
    if (!literal.isEmpty()) parts.add(literal.toString());
  }

  /**
   * The end of a number slot starting at {@code i} ("##", "##.#", "0.##"), or {@code i} if none.
   */
  private static int slotEnd(String t, int i) {
    int j = i;
    if (j < t.length()
        && t.charAt(j) == '0'
        && j + 2 < t.length()
        && t.charAt(j + 1) == '.'
        && t.charAt(j + 2) == '#') j++;
    else while (j < t.length() && t.charAt(j) == '#') j++;
    if (j == i) return i;
    if (j + 1 < t.length() && t.charAt(j) == '.' && t.charAt(j + 1) == '#') {
      j++;
      while (j < t.length() && t.charAt(j) == '#') j++;
    }
    return j;
  }

  /** A value for the first slot, uniform over what the slot can hold. */
  double draw(SplittableRandom r) {
    for (Object p : parts) if (p instanceof Slot s) return s.draw(r);
    return 0;
  }

  /**
   * The shape with {@code first} in the first slot. A slot after "±" holds a small spread; any
   * other later slot a value near the first ("78.6/84.4", "(32.76 32.07)").
   */
  String fill(double first, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(16);
    boolean firstSlot = true;
    String literal = "";
    for (Object p : parts) {
      if (p instanceof Slot s) {
        double v =
            firstSlot
                ? first
                : literal.contains("±")
                    ? first * 0.02 * r.nextDouble()
                    : first * (1 + 0.05 * r.nextGaussian());
        sb.append(s.format(v));
        firstSlot = false;
      } else {
        literal = (String) p;
        sb.append(literal);
      }
    }
    return sb.toString();
  }

  /** A number slot: {@code intDigits} digits (0 = a leading "0."), {@code fracDigits} decimals. */
  private record Slot(int intDigits, int fracDigits) {
    static Slot parse(String s) {
      int dot = s.indexOf('.');
      String whole = dot < 0 ? s : s.substring(0, dot);
      return new Slot(whole.equals("0") ? 0 : whole.length(), dot < 0 ? 0 : s.length() - dot - 1);
    }

    /** "#" holds 1 to 9: a 0 there would read back as the shape "0.##", not "#.##". */
    double low() {
      return intDigits == 0 ? 0 : Math.pow(10, intDigits - 1);
    }

    double high() {
      return intDigits == 0 ? 1 : Math.pow(10, intDigits);
    }

    double draw(SplittableRandom r) {
      return low() + r.nextDouble() * (high() - low());
    }

    String format(double v) {
      long unit = (long) Math.pow(10, fracDigits);
      long scaled = Math.round(Math.max(low(), v) * unit);
      scaled = Math.min(scaled, (long) (high() * unit) - 1);
      long whole = scaled / unit;
      StringBuilder sb = new StringBuilder();
      sb.append(intDigits == 0 ? "0" : Long.toString(whole));
      if (fracDigits > 0) {
        String frac = Long.toString(scaled % unit);
        sb.append('.').append("0".repeat(fracDigits - frac.length())).append(frac);
      }
      return sb.toString();
    }
  }
}
