package org.pwckg.ingest.record;

/** Problems that do not cost the whole record: reported, and the rest of the record is kept. */
public interface Notes {
  /** A bad value of an optional link field (a homepage, a code snippet URL…) was left out. */
  void droppedValue(RecordException problem);

  /** A part of the record (a leaderboard row) was left out. */
  void skippedPart(RecordException problem);

  /**
   * A leaderboard cell was given as {@code ""} (or null): no value, not an error. Counted and
   * listed in the report so that the cell does not vanish silently.
   */
  void emptyValue(String field);

  Notes IGNORE =
      new Notes() {
        @Override
        public void droppedValue(RecordException problem) {}

        @Override
        public void skippedPart(RecordException problem) {}

        @Override
        public void emptyValue(String field) {}
      };
}
