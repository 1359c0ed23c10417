package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.MethodProfile;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.sample.AliasTable;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.sample.TextModel;

/** The methods, held in memory (papers embed their methods' full records). */
public final class MethodCatalog {
  private static final String URL = "https://paperswithcode.com/method/";
  private final List<Method> methods;
  private final AliasTable usage;

  MethodCatalog(Profile profile, long seed, int n, int papers, Texts texts, Repos repos) {
    MethodProfile p = profile.methods();
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.METHOD_CATALOG, 0);
    TextModel model = TextModel.of(profile.methodNameText());
    List<String> fullNames = UniqueNames.draw(n, List.of(), r, rr -> invent(model, rr));
    List<String> names = new ArrayList<>(n);
    Set<String> seen = new LinkedHashSet<>();
    for (String full : fullNames) {
      String acronym = acronym(full);
      boolean useAcronym = r.nextDouble() >= p.nameIsFullNameRate() && acronym.length() > 1;
      names.add(useAcronym && seen.add(acronym) ? acronym : full);
      seen.add(full);
    }
    List<String> slugs = UniqueNames.slugs(names);
    MethodDrafter drafter = new MethodDrafter(p, texts, repos, seed);
    this.methods = new ArrayList<>(n);
    double[] weights = new double[n];
    for (int m = 0; m < n; m++) {
      methods.add(drafter.method(m, URL + slugs.get(m), names.get(m), fullNames.get(m), papers));
      weights[m] = 1 + methods.get(m).numPapers();
    }
    this.usage = new AliasTable(weights);
  }

  private static String invent(TextModel model, SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    model.appendUntilEnd(sb, r, 8, 0.3);
    return sb.toString();
  }

  /** Capital initials of the words ("Sliced Iterative Generator" → "SIG"). */
  static String acronym(String fullName) {
    StringBuilder sb = new StringBuilder();
    for (String w : fullName.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)))
        sb.append(Character.toUpperCase(w.charAt(0)));
    }
    return sb.toString();
  }

  public int size() {
    return methods.size();
  }

  public Method get(int m) {
    return methods.get(m);
  }

  /** A method index, in proportion to how many papers use it. */
  public int sample(SplittableRandom r) {
    return usage.sample(r);
  }

  static Categorical<Method.Collection> collections(MethodProfile p) {
    java.util.Map<Method.Collection, Integer> counts = new java.util.LinkedHashMap<>();
    p.collections()
        .forEach(
            (k, v) -> {
              String[] parts = k.split("\t", -1);
              counts.put(new Method.Collection(parts[0], parts[1], parts[2]), v);
            });
    return Categorical.of(counts);
  }
}
