package org.pwckg.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the keyword index knows about one entity, read from the graph. Lists are sorted and free of
 * duplicates, so the same graph always gives an equal document and an equal {@link #hash()}.
 *
 * @param name the title of a paper, the label of anything else
 * @param text the abstract or description
 * @param altNames full names, synonyms, variants
 * @param date the earliest date of publication (papers, datasets: {@code YYYY-MM-DD}) or the year
 *     of introduction (methods: {@code YYYY}); it orders the paper listing
 */
public record EntityDoc(
    String iri,
    EntityKind kind,
    String name,
    String text,
    List<String> altNames,
    String date,
    List<Ref> refs) {
  /** Bump when the mapping from graph to document changes, so a sync rewrites every document. */
  static final int SCHEMA_VERSION = 2;

  public EntityDoc {
    altNames = altNames.stream().distinct().sorted().toList();
    refs = unique(refs);
  }

  /** One link per kind and IRI: an entity with two labels keeps the alphabetically first. */
  private static List<Ref> unique(List<Ref> refs) {
    Map<String, Ref> byKey = new TreeMap<>();
    for (Ref r : refs)
      byKey.merge(
          r.kind() + " " + r.iri(), r, (a, b) -> a.label().compareTo(b.label()) <= 0 ? a : b);
    return byKey.values().stream().sorted().toList();
  }

  /** The year of {@link #date()}, if there is one. */
  public Integer year() {
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }

  public List<Ref> refs(RefKind kind) {
    return refs.stream().filter(r -> r.kind() == kind).toList();
  }

  public boolean hasCode() {
    return refs.stream().anyMatch(r -> r.kind() == RefKind.REPOSITORY);
  }

  /**
   * The same entity without its name: how the quality harness asks whether a title finds its
   * abstract.
   */
  public EntityDoc withoutName() {
    return new EntityDoc(iri, kind, "", text, altNames, date, refs);
  }

  /**
   * A content hash: a sync rewrites a document only when this changes. Each value goes into the
   * digest as its UTF-8 bytes after their length, so two documents never share an input. (Building
   * the record's {@code toString()} to hash was 3 % of a rebuild's CPU samples.) Changing this
   * input rewrites every document once.
   */
  public String hash() {
    MessageDigest digest = sha256();
    update(digest, Integer.toString(SCHEMA_VERSION));
    update(digest, iri);
    update(digest, kind.code());
    update(digest, name);
    update(digest, text);
    update(digest, date);
    update(digest, Integer.toString(altNames.size()));
    altNames.forEach(alt -> update(digest, alt));
    update(digest, Integer.toString(refs.size()));
    for (Ref r : refs) {
      update(digest, r.kind().code());
      update(digest, r.iri());
      update(digest, r.label());
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** A null is one byte 0xFF, which cannot start a length: those are below 2^31. */
  private static void update(MessageDigest digest, String value) {
    if (value == null) {
      digest.update((byte) 0xFF);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int shift = 24; shift >= 0; shift -= 8) digest.update((byte) (bytes.length >>> shift));
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
