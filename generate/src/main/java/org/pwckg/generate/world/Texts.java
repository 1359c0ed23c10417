package org.pwckg.generate.world;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.sample.TextModel;

/** Running text drawn from the word model of the real abstracts (abstracts, descriptions). */
public final class Texts {
  /** Chance of leaving the bigram chain for a unigram draw: breaks up replayed source runs. */
  private static final double JUMP = 0.1;

  private static final int SLACK = 8;
  private final TextModel model;

  Texts(Profile profile) {
    this.model = TextModel.of(profile.abstractText());
  }

  /** About {@code words} words ending at a sentence end; {@code inject} may name things. */
  public void append(
      StringBuilder out, SplittableRandom r, int words, Function<SplittableRandom, String> inject) {
    if (words <= 0) return;
    model.appendText(out, r, words, Math.min(SLACK, words / 4), JUMP, inject);
  }

  public String text(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder(words * 7);
    append(sb, r, words, null);
    return sb.toString();
  }
}
