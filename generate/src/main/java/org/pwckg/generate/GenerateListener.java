package org.pwckg.generate;

/** Hears how generation goes; called from several threads. */
public interface GenerateListener {
  GenerateListener SILENT = new GenerateListener() {};

  /** {@code done} of {@code total} units of {@code part} (a file name or a preparation step). */
  default void progress(String part, long done, long total) {}

  /** {@code part} finished after {@code millis}. */
  default void finished(String part, long millis) {}
}
