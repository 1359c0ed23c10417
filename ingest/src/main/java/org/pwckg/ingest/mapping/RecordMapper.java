package org.pwckg.ingest.mapping;

import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.RecordException;

/**
 * Maps one record of a dump to its triples, or throws a {@link RecordException} naming the bad
 * field; problems that cost only a value or a row go to the record's {@link Fields#notes()}.
 */
@FunctionalInterface
public interface RecordMapper {
  RecordGraph map(Fields record);
}
