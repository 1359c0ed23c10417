package org.pwckg.ontology.figures;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.pwckg.ontology.Checksums;

/**
 * Checks that a figure file is a whole image of an accepted format within the limits, and decodes
 * it. The format comes from the content (ImageIO's reader), never from the file name. A decoder
 * warning (a JPEG that ends early is decoded grey without an exception) counts as corruption. Every
 * failure is an {@link ImageException}. The server checks uploaded images with the same rules
 * ({@link #probe(byte[])}).
 */
public final class ImageProbe {
  private final long maxBytes;
  private final long maxPixels;

  public ImageProbe(long maxBytes, long maxPixels) {
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
  }

  public ProbedImage probe(Path file) {
    return decode(readWithinLimit(file));
  }

  /** Checks and decodes an image held in memory (an upload). */
  public ProbedImage probe(byte[] bytes) {
    if (bytes.length == 0) throw fail("empty image");
    if (bytes.length > maxBytes)
      throw fail(bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
    return decode(bytes);
  }

  private ProbedImage decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) throw fail("not an image (no PNG, JPEG, GIF or BMP signature)");
      ImageReader reader = readers.next();
      try {
        return decode(reader, in, bytes);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImageException r) throw r;
      throw fail("corrupt image: " + describe(e));
    }
  }

  private ProbedImage decode(ImageReader reader, ImageInputStream in, byte[] bytes)
      throws IOException {
    String name = reader.getFormatName();
    ImageFormat format =
        ImageFormat.ofImageIoName(name)
            .orElseThrow(() -> fail("format " + name + " is not accepted (PNG, JPEG, GIF, BMP)"));
    reader.setInput(in, true, true);
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1) throw fail("image has no pixels (" + width + "×" + height + ")");
    if ((long) width * height > maxPixels) {
      throw fail(width + "×" + height + " pixels, over the limit of " + maxPixels + " pixels");
    }
    StringBuilder warnings = new StringBuilder();
    reader.addIIOReadWarningListener(
        (source, warning) -> warnings.append(warnings.isEmpty() ? "" : "; ").append(warning));
    BufferedImage image = reader.read(0);
    if (!warnings.isEmpty()) throw fail("corrupt image: " + warnings);
    return new ProbedImage(bytes, Checksums.sha256(bytes), format, width, height, image);
  }

  private byte[] readWithinLimit(Path file) {
    if (!Files.exists(file)) throw fail("no such file: " + file);
    if (!Files.isRegularFile(file)) throw fail("not a regular file: " + file);
    try {
      long size = Files.size(file);
      if (size == 0) throw fail("empty file: " + file);
      if (size > maxBytes)
        throw fail(size + " bytes, over the limit of " + maxBytes + " bytes (--max-bytes)");
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw fail("cannot read " + file + ": " + describe(e));
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null
        ? message
        : message + " (" + cause.getMessage() + ")";
  }

  private static ImageException fail(String reason) {
    return new ImageException(reason);
  }
}
