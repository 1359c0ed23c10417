package org.pwckg.embed.job;

/**
 * @param docsPerBatch documents tokenised together and sorted by length before the model splits
 *     them into forward passes; larger batches pad less
 * @param commitEvery batches between commits: what a killed run can lose at most
 */
public record EmbedJobOptions(int docsPerBatch, int commitEvery) {
  public EmbedJobOptions {
    if (docsPerBatch < 1)
      throw new IllegalArgumentException("docsPerBatch must be ≥ 1, was " + docsPerBatch);
    if (commitEvery < 1)
      throw new IllegalArgumentException("commitEvery must be ≥ 1, was " + commitEvery);
  }

  /** 256 documents a batch, a commit every 8 batches (about a minute of work on two cores). */
  public static EmbedJobOptions defaults() {
    return new EmbedJobOptions(256, 8);
  }
}
