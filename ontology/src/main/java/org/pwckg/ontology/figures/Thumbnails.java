package org.pwckg.ontology.figures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales a figure down to fit a square box, never up. Halving step by step with bilinear filtering
 * keeps the thin lines of plots and diagrams that a single bilinear step from a large image would
 * drop.
 */
final class Thumbnails {
  static final int BOX = 320;

  private Thumbnails() {}

  static BufferedImage of(BufferedImage source) {
    int w = source.getWidth();
    int h = source.getHeight();
    double scale = Math.min(1.0, Math.min((double) BOX / w, (double) BOX / h));
    int targetW = Math.max(1, (int) Math.round(w * scale));
    int targetH = Math.max(1, (int) Math.round(h * scale));
    int type =
        source.getColorModel().hasAlpha()
            ? BufferedImage.TYPE_INT_ARGB
            : BufferedImage.TYPE_INT_RGB;
    BufferedImage current = source;
    do {
      w = Math.max(targetW, w / 2);
      h = Math.max(targetH, h / 2);
      current = scaled(current, w, h, type);
    } while (w != targetW || h != targetH);
    return current;
  }

  private static BufferedImage scaled(BufferedImage source, int w, int h, int type) {
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
