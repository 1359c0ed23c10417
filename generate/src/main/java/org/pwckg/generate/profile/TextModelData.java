package org.pwckg.generate.profile;

import java.util.List;

/**
 * A word bigram table: {@code words[0]} and {@code words[1]} are the start and end of a text; for
 * word {@code w}, {@code next[w]} lists successor index and count pairs, most frequent first.
 */
public record TextModelData(List<String> words, List<int[]> next) {
  public static final int START = 0;
  public static final int END = 1;
}
