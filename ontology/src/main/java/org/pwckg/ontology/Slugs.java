package org.pwckg.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PWC-style slugs: ASCII-folded, lower case, runs of anything else collapsed to one hyphen. Text
 * with no ASCII letter or digit at all ("张伟", "∞") would fold to nothing and so collide with all
 * other such text; it gets {@code "x-"} and a hash of the text instead. Blank text has the empty
 * slug, which names nothing.
 */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  public static String of(String text) {
    String ascii = asciiSlug(text);
    if (ascii != null && !ascii.isEmpty()) return ascii;
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') start++;
    while (end > start && slug.charAt(end - 1) == '-') end--;
    if (start < end) return slug.substring(start, end);
    return text.isBlank()
        ? ""
        : "x-" + shortHash(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
  }

  /**
   * The slug of pure ASCII text, where Unicode normalisation changes nothing: the same result
   * without the normaliser and regular expressions (slugs are made for every author, task and
   * method of every paper of the archive). Null for other text.
   */
  static String asciiSlug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) return null;
      if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && out.length() > 0) out.append('-');
        pendingHyphen = false;
        out.append(c);
      } else {
        pendingHyphen = true;
      }
    }
    return out.toString();
  }

  /** The first 64 bits of the SHA-256 of the text, in hex. */
  static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key of a metric's IRI: its slug, but with the marks that make a different metric spelled as
   * words first. Names that differ only in case, spacing or punctuation ("Rouge-L" and "ROUGE-L",
   * "F1 score" and "F1-score") share a key; a trailing {@code *} (a variant of the metric, as in
   * "ROUGE-2*"), a {@code %}, a {@code +}, a dagger do not ("ROUGE-2*" is {@code rouge-2-star}).
   */
  public static String metricKey(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String word =
          switch (c) {
            case '*' -> "star";
            case '%' -> "percent";
            case '+' -> "plus";
            case '#' -> "number";
            case '\u2020' -> "dagger";
            case '\u2021' -> "double-dagger";
            default -> null;
          };
      if (word == null) out.append(c);
      else out.append(' ').append(word).append(' ');
    }
    return of(out.toString());
  }

  /** Title key for the fallback match of leaderboard rows to papers: words only, in order. */
  public static String titleKey(String title) {
    return of(title);
  }
}
