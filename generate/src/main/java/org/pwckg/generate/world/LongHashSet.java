package org.pwckg.generate.world;

/**
 * An insert-only set of 64-bit hashes, open addressing: 8 bytes a slot instead of a String each.
 */
final class LongHashSet {
  private long[] slots;
  private int size;

  LongHashSet(int expected) {
    slots = new long[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
  }

  /** Adds {@code key}; false when it was already there. */
  boolean add(long key) {
    if (key == 0) key = 1;
    if (size * 2 >= slots.length) grow();
    int mask = slots.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == key) return false;
      if (slots[i] == 0) {
        slots[i] = key;
        size++;
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long k : old) if (k != 0) add(k);
  }

  /** FNV-1a over the characters, then a 64-bit finaliser. */
  static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
