package org.pwckg.generate.world;

import org.pwckg.ontology.Slugs;

/** PWC's slugs: paper slugs are cut at a word boundary to at most 45 characters. */
public final class PwcSlugs {
  /** 2134 of the 2143 real paper URLs whose slug is a prefix of their title's follow this limit. */
  static final int PAPER_SLUG_LIMIT = 45;

  private PwcSlugs() {}

  public static String of(String text) {
    String slug = isPlainAscii(text) ? asciiSlug(text) : Slugs.of(text);
    return slug.isEmpty() ? "untitled" : slug;
  }

  public static String paper(String title) {
    String slug = of(title);
    if (slug.length() <= PAPER_SLUG_LIMIT) return slug;
    int cut = slug.lastIndexOf('-', PAPER_SLUG_LIMIT);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, PAPER_SLUG_LIMIT);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** The same result as {@link Slugs#of} for ASCII text, without regular expressions. */
  private static String asciiSlug(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean dash = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && !sb.isEmpty()) sb.append('-');
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return sb.toString();
  }
}
