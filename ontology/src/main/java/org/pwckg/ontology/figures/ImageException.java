package org.pwckg.ontology.figures;

/**
 * An image that is not accepted (not an image, corrupt, over a limit). The caller names where it
 * came from: ingest reports it on the manifest's {@code file} field, the server as a 400.
 */
public final class ImageException extends RuntimeException {
  public ImageException(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
