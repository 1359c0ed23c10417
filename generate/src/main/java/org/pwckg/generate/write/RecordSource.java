package org.pwckg.generate.write;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the records of item {@code i} (none, one or several) as top-level JSON values. */
@FunctionalInterface
public interface RecordSource {
  void write(JsonGenerator g, int i) throws IOException;
}
