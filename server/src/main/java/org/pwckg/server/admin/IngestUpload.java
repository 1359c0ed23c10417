package org.pwckg.server.admin;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pwckg.ingest.dump.DumpKind;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

/**
 * The body of {@code POST /admin/ingest}: multipart/form-data, one file part per dump file, named
 * like a dump ({@code papers-with-abstracts.json.gz}…). Jetty streams every part to a file in the
 * ingest's own folder (nothing is held in memory), under the ingest's own size limit.
 */
final class IngestUpload {
  /** Jetty's per-request multipart settings (ServletMultiPartFormData reads this attribute). */
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private IngestUpload() {}

  /** Spools the parts into {@code folder}; returns the dump files, each recorded in {@code job}. */
  static List<Path> spool(Context ctx, Path folder, long limit, IngestJob job) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "Send the dump files as multipart/form-data, one file part per dump file");
    }
    createFolder(folder);
    // Threshold 0: every part goes to disk as it arrives.
    ctx.req()
        .setAttribute(
            MULTIPART_CONFIG, new MultipartConfigElement(folder.toString(), -1, limit, 0));
    List<Path> files = new ArrayList<>();
    for (Part part : parts(ctx, limit)) files.add(keep(part, folder, job));
    if (files.isEmpty()) throw ApiException.badRequest("The upload holds no dump file");
    return files;
  }

  private static Collection<Part> parts(Context ctx, long limit) {
    try {
      return ctx.req().getParts();
    } catch (IOException | ServletException | RuntimeException e) {
      String reason = String.valueOf(e.getMessage());
      if (overLimit(e)) {
        throw new ApiException(
            Problem.TOO_LARGE,
            "The upload is larger than this server accepts for an ingest (" + limit + " bytes)");
      }
      throw ApiException.badRequest("The upload could not be read: " + reason);
    }
  }

  /**
   * Jetty reports a body over the multipart limit as "max length exceeded", wrapped in its 400 "bad
   * multipart"; the limit is this server's choice, so the answer is 413.
   */
  private static boolean overLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("max length exceeded") || m.contains("maxrequestsize")) return true;
    }
    return false;
  }

  private static Path keep(Part part, Path folder, IngestJob job) {
    String name = part.getSubmittedFileName();
    if (name == null)
      throw ApiException.badRequest(
          "Part '" + part.getName() + "' is not a file: every part must be a dump file");
    if (!SAFE_NAME.matcher(name).matches() || DumpKind.ofFileName(name).isEmpty()) {
      throw ApiException.badRequest(
          "Not a dump file name: '"
              + name
              + "' (expected papers-with-abstracts, methods, datasets,"
              + " links-between-papers-and-code or evaluation-tables, as .json or .json.gz)");
    }
    Path target = folder.resolve(name);
    if (Files.exists(target)) throw ApiException.badRequest("The upload holds " + name + " twice");
    try {
      part.write(target.toString());
      job.received(name, Files.size(target));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the uploaded " + name, e);
    }
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder, e);
    }
  }
}
