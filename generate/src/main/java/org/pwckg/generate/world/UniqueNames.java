package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Draws distinct names: real names first (in the order given), then made-up ones. */
final class UniqueNames {
  private static final int TRIES = 20;

  private UniqueNames() {}

  static List<String> draw(
      int n,
      List<String> real,
      SplittableRandom random,
      Function<SplittableRandom, String> invent) {
    List<String> out = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    for (String name : real) {
      if (out.size() == n) return out;
      if (!name.isBlank() && seen.add(name)) out.add(name);
    }
    while (out.size() < n) {
      String name = null;
      for (int t = 0; t < TRIES && name == null; t++) {
        String candidate = invent.apply(random).trim();
        if (!candidate.isEmpty() && seen.add(candidate)) name = candidate;
      }
      if (name == null) {
        String base = invent.apply(random).trim();
        int k = 2;
        while (!seen.add(base + " " + k)) k++;
        name = base + " " + k;
      }
      out.add(name);
    }
    return out;
  }

  /** A copy of {@code values} in a seeded random order. */
  static <T> List<T> shuffled(List<T> values, SplittableRandom random) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }

  /** URL slugs for names, made distinct with PWC's "-1", "-2" suffixes. */
  static List<String> slugs(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      String base = PwcSlugs.of(name);
      String slug = base;
      for (int k = 1; !seen.add(slug); k++) slug = base + "-" + k;
      out.add(slug);
    }
    return out;
  }
}
