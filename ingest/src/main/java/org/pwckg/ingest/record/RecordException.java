package org.pwckg.ingest.record;

/** A dump record (or a part of one) that cannot be mapped: names the field and says why. */
public final class RecordException extends RuntimeException {
  private final String field;

  public RecordException(String field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
