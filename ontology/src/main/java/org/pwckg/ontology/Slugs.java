package org.pwckg.ontology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** PWC-style slugs: ASCII-folded, lower case, runs of anything else collapsed to one hyphen. */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  public static String of(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') start++;
    while (end > start && slug.charAt(end - 1) == '-') end--;
    return slug.substring(start, end);
  }

  /** Title key for the fallback match of leaderboard rows to papers: words only, in order. */
  public static String titleKey(String title) {
    return of(title);
  }
}
