package org.pwckg.generate.sample;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.pwckg.generate.profile.TextModelData;

/**
 * A word bigram model over whitespace tokens (punctuation stays on its word, so sentence ends and
 * commas come out where the real texts put them). Now and then the walk jumps to a word drawn from
 * the unigram distribution, which keeps it from replaying long runs of the source texts.
 */
public final class TextModel {
  private static final int START = TextModelData.START;
  private static final int END = TextModelData.END;

  private final String[] words;
  private final int[][] successors;
  private final AliasTable[] next;
  private final AliasTable unigram;
  private final Map<String, Integer> index;

  private TextModel(String[] words, int[][] successors, AliasTable[] next, AliasTable unigram) {
    this.words = words;
    this.successors = successors;
    this.next = next;
    this.unigram = unigram;
    this.index = new HashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) index.put(words[i], i);
  }

  public static TextModel of(TextModelData data) {
    String[] words = data.words().toArray(String[]::new);
    int n = words.length;
    int[][] successors = new int[n][];
    AliasTable[] next = new AliasTable[n];
    long[] occurrences = new long[n];
    for (int w = 0; w < n; w++) {
      int[] pairs = w < data.next().size() ? data.next().get(w) : new int[0];
      successors[w] = new int[pairs.length / 2];
      long[] counts = new long[pairs.length / 2];
      for (int k = 0; k < pairs.length / 2; k++) {
        successors[w][k] = pairs[2 * k];
        counts[k] = pairs[2 * k + 1];
        occurrences[pairs[2 * k]] += pairs[2 * k + 1];
      }
      if (counts.length > 1) next[w] = AliasTable.of(counts);
    }
    occurrences[START] = 0;
    occurrences[END] = 0;
    return new TextModel(words, successors, next, AliasTable.of(occurrences));
  }

  /**
   * Appends about {@code target} words to {@code out}, stopping at the first sentence end once
   * {@code target - slack} words are written (or at {@code target + slack}). {@code inject} may
   * return a phrase to put after a preposition (a task or method name of the paper), or null.
   *
   * @return the number of words appended
   */
  public int appendText(
      StringBuilder out,
      SplittableRandom random,
      int target,
      int slack,
      double jump,
      Function<SplittableRandom, String> inject) {
    int count = 0;
    int previous = START;
    if (!out.isEmpty()) {
      // Continue from the text already there when its last word is known ("**GAN** is" → "is").
      String last = out.substring(out.lastIndexOf(" ") + 1);
      previous = index.getOrDefault(last, START);
    }
    while (true) {
      String phrase = inject == null || !isPreposition(previous) ? null : inject.apply(random);
      if (phrase != null) {
        count += appendPhrase(out, phrase);
        previous = index.getOrDefault(lastWord(phrase), -1);
      } else {
        int w = step(previous, random, jump);
        if (w == END) {
          previous = START;
          continue;
        }
        appendWord(out, words[w]);
        count++;
        previous = w;
      }
      if (count >= target + slack) return count;
      if (count >= target - slack && previous >= 0 && endsSentence(words[previous])) return count;
      if (previous < 0) previous = unigram.sample(random);
    }
  }

  /** Appends exactly {@code length} words (titles, names): no sentence logic. */
  public void appendWords(StringBuilder out, SplittableRandom random, int length, double jump) {
    int previous = START;
    for (int count = 0; count < length; ) {
      int w = step(previous, random, jump);
      if (w == END) {
        previous = START;
        continue;
      }
      appendWord(out, words[w]);
      count++;
      previous = w;
    }
  }

  /** Appends words from a text start until the model ends the text, at most {@code max} words. */
  public int appendUntilEnd(StringBuilder out, SplittableRandom random, int max, double jump) {
    int previous = START;
    int count = 0;
    while (count < max) {
      int w = step(previous, random, jump);
      if (w == END) return count;
      appendWord(out, words[w]);
      count++;
      previous = w;
    }
    return count;
  }

  private int step(int previous, SplittableRandom random, double jump) {
    int[] succ = successors[previous];
    if (succ.length == 0 || (previous != START && random.nextDouble() < jump)) {
      return unigram.sample(random);
    }
    return succ.length == 1 ? succ[0] : succ[next[previous].sample(random)];
  }

  private boolean isPreposition(int w) {
    if (w < 2) return false;
    String s = words[w];
    return s.equals("on") || s.equals("for") || s.equals("of") || s.equals("with");
  }

  private static int appendPhrase(StringBuilder out, String phrase) {
    appendWord(out, phrase);
    int n = 1;
    for (int i = 0; i < phrase.length(); i++) if (phrase.charAt(i) == ' ') n++;
    return n;
  }

  private static String lastWord(String phrase) {
    return phrase.substring(phrase.lastIndexOf(' ') + 1);
  }

  private static void appendWord(StringBuilder out, String word) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append(' ');
    out.append(word);
  }

  private static boolean endsSentence(String word) {
    char c = word.charAt(word.length() - 1);
    return c == '.' || c == '?' || c == '!';
  }
}
