package org.pwckg.ingest.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that tells a damaged trailer (missing, or a CRC-32 or length that does not match)
 * apart from damaged data. The trailer is read only after the last byte of content, so the stream
 * ends there as usual and keeps the trailer's problem for the caller to report: every record has
 * been seen, but the file failed its integrity check. (Throwing instead would lose the records
 * still buffered in the UTF-8 decoder, which reads ahead.)
 */
final class VerifiedGzipInputStream extends GZIPInputStream {
  private IOException trailerProblem;

  VerifiedGzipInputStream(InputStream in, int size) throws IOException {
    super(in, size);
  }

  /** Why the trailer failed, or null while it is fine or not reached yet. */
  IOException trailerProblem() {
    return trailerProblem;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (trailerProblem != null) return -1;
    try {
      return super.read(buf, off, len);
    } catch (IOException e) {
      if (!inf.finished()) throw e;
      trailerProblem = e;
      return -1;
    }
  }
}
