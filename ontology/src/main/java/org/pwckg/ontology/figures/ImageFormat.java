package org.pwckg.ontology.figures;

import java.util.Locale;
import java.util.Optional;

/** The image formats accepted: those ImageIO decodes and every browser shows. */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  BMP("image/bmp", "bmp");

  private final String mediaType;
  private final String extension;

  ImageFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The extension of the stored file. */
  public String extension() {
    return extension;
  }

  /** The format of an ImageIO format name ({@code png}, {@code JPEG}…), if accepted. */
  static Optional<ImageFormat> ofImageIoName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "png" -> Optional.of(PNG);
      case "jpeg", "jpg" -> Optional.of(JPEG);
      case "gif" -> Optional.of(GIF);
      case "bmp" -> Optional.of(BMP);
      default -> Optional.empty();
    };
  }

  /** The format of a stored file's extension, if it is one of ours. */
  public static Optional<ImageFormat> ofExtension(String extension) {
    for (ImageFormat f : values()) if (f.extension.equals(extension)) return Optional.of(f);
    return Optional.empty();
  }
}
