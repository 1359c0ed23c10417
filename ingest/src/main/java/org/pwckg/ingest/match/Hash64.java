package org.pwckg.ingest.match;

/**
 * A 64-bit string hash (FNV-1a over the UTF-16 units, then the MurmurHash3 finaliser). The
 * in-memory indexes keep these instead of the strings: for the ~2M keys of a full archive the
 * chance of any collision is about 10^-7.
 */
public final class Hash64 {
  private Hash64() {}

  public static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
