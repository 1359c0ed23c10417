package org.pwckg.bench.reliability;

import java.util.List;
import java.util.Set;

/**
 * Malformed multipart bodies to the two routes that take one: the live ingest's dump upload (with
 * the admin token, so the body is read) and the search by image.
 */
final class Multipart {
  private static final String TYPE = "multipart/form-data; boundary=XYZ";
  private static final Set<Integer> REFUSED = Set.of(400, 413, 415);

  /**
   * The upload route also answers 409 while another upload holds its one slot: with two attackers,
   * one's malformed body is being read when the other's arrives.
   */
  private static final Set<Integer> REFUSED_OR_BUSY = Set.of(400, 409, 413, 415);

  private Multipart() {}

  static List<Shot> shots(Requests req) {
    String part =
        "--XYZ\r\nContent-Disposition: form-data; name=\"dump\"; filename=\"papers-with-abstracts.json\"\r\n\r\n[]";
    return List.of(
        ingest(req, "no closing boundary", TYPE, part),
        ingest(req, "no boundary parameter", "multipart/form-data", part + "\r\n--XYZ--\r\n"),
        ingest(
            req, "another boundary", "multipart/form-data; boundary=ABC", part + "\r\n--XYZ--\r\n"),
        ingest(
            req,
            "no Content-Disposition",
            TYPE,
            "--XYZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XYZ--\r\n"),
        ingest(
            req,
            "file name with dot segments",
            TYPE,
            part.replace("papers-with-abstracts.json", "../../etc/passwd") + "\r\n--XYZ--\r\n"),
        ingest(
            req,
            "64 KB part header",
            TYPE,
            "--XYZ\r\nContent-Disposition: form-data; name=\""
                + "n".repeat(65_536)
                + "\"\r\n\r\nx\r\n--XYZ--\r\n"),
        ingest(req, "not multipart", "application/json", "{\"dump\": []}"),
        Shot.of(
            "ingest without the admin token",
            d -> req.post("/admin/ingest", TYPE, Requests.utf8(part)),
            Set.of(401)),
        Shot.of(
            "by-image, no closing boundary",
            d ->
                req.post(
                    "/api/v1/search/by-image",
                    TYPE,
                    Requests.utf8(
                        "--XYZ\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nno end")),
            REFUSED));
  }

  private static Shot ingest(Requests req, String what, String contentType, String body) {
    return Shot.of(
        what,
        d -> req.post("/admin/ingest", contentType, Requests.utf8(body), Requests.ADMIN_AUTH),
        REFUSED_OR_BUSY);
  }
}
