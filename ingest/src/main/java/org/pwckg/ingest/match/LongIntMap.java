package org.pwckg.ingest.match;

/** An open-addressing map from long keys (hashes) to int values: 12 bytes a slot, no boxing. */
public final class LongIntMap {
  private static final long FREE = 0L;

  /** Key 0 marks a free slot, so a real key 0 is stored as this one. */
  private static final long ZERO_STAND_IN = 0x9e3779b97f4a7c15L;

  private long[] keys;
  private int[] values;
  private int size;

  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  public int size() {
    return size;
  }

  /** The value for {@code key}, or -1. */
  public int get(long key) {
    long k = key == FREE ? ZERO_STAND_IN : key;
    int mask = keys.length - 1;
    for (int i = spread(k) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == k) return values[i];
      if (keys[i] == FREE) return -1;
    }
  }

  public boolean contains(long key) {
    return get(key) >= 0;
  }

  /** Sets {@code key} to {@code value} (value must be ≥ 0). */
  public void put(long key, int value) {
    if ((size + 1) * 10L > keys.length * 6L) grow();
    long k = key == FREE ? ZERO_STAND_IN : key;
    int mask = keys.length - 1;
    for (int i = spread(k) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == k) {
        values[i] = value;
        return;
      }
      if (keys[i] == FREE) {
        keys[i] = k;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  /** Adds {@code key} with value 0 when absent; true when it was absent (use as a set). */
  public boolean add(long key) {
    if (contains(key)) return false;
    put(key, 0);
    return true;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) put(oldKeys[i], oldValues[i]);
    }
  }

  private static int spread(long k) {
    return (int) (k ^ (k >>> 32));
  }
}
