package org.pwckg.ontology.figures;

import java.awt.image.BufferedImage;

/**
 * An image file that decoded: its bytes, checksum, format (from the content), pixel size and
 * pixels.
 */
public record ProbedImage(
    byte[] bytes, String sha256, ImageFormat format, int width, int height, BufferedImage image) {
  public long size() {
    return bytes.length;
  }
}
