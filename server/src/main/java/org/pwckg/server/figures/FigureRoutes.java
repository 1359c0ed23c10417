package org.pwckg.server.figures;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.pwckg.ontology.figures.FigureStore;
import org.pwckg.server.api.Params;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.http.Limits;

/** Figure files, thumbnails and figure search: parse the request, call the service, answer. */
public final class FigureRoutes {
  public static final String BY_IMAGE = "/api/v1/search/by-image";
  private static final Set<String> UPLOAD_TYPES =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/bmp",
          "multipart/form-data",
          "application/octet-stream");

  /** Content-addressed: a figure URL always names the same bytes. */
  private static final String FOREVER = "public, max-age=31536000, immutable";

  private final FigureService figures;

  public FigureRoutes(FigureService figures) {
    this.figures = figures;
  }

  public void file(Context ctx) {
    FigureStore.Stored f =
        figures
            .file(ctx.pathParam("id"))
            .orElseThrow(() -> ApiException.notFound("No figure file " + ctx.pathParam("id")));
    send(ctx, f.file(), f.format().mediaType());
  }

  public void thumbnail(Context ctx) {
    Path p =
        figures
            .thumbnail(ctx.pathParam("id"))
            .orElseThrow(() -> ApiException.notFound("No figure thumbnail " + ctx.pathParam("id")));
    send(ctx, p, "image/png");
  }

  public void search(Context ctx) {
    String q =
        Params.text(ctx, "q")
            .orElseThrow(() -> ApiException.badRequest("Say what to look for: ?q=TEXT"));
    ctx.json(figures.byText(q, Params.integer(ctx, "limit", 1, 100).orElse(10)));
  }

  public void byImage(Context ctx) {
    String type =
        ctx.contentType() == null
            ? ""
            : ctx.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!UPLOAD_TYPES.contains(type)) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "Send the image as the body (image/png, image/jpeg, "
              + "image/gif, image/bmp) or as the form field 'image' (multipart/form-data), not "
              + ctx.contentType());
    }
    int limit = Params.integer(ctx, "limit", 1, 100).orElse(10);
    ctx.json(
        figures.byImage(
            type.equals("multipart/form-data")
                ? formImage(ctx)
                : Limits.body(ctx, FigureService.MAX_UPLOAD_BYTES),
            limit));
  }

  private static byte[] formImage(Context ctx) {
    UploadedFile f = ctx.uploadedFile("image");
    if (f == null) throw ApiException.badRequest("The form has no file field 'image'");
    try (InputStream in = f.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(Context ctx, Path file, String mediaType) {
    try {
      ctx.header("Cache-Control", FOREVER).contentType(mediaType).result(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
