package org.pwckg.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.pwckg.server.error.ApiException;

/** Reading query parameters: absent is empty, malformed is a 400 that says why. */
public final class Params {
  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  public static Optional<Integer> integer(Context ctx, String name, int min, int max) {
    return text(ctx, name)
        .map(
            v -> {
              try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) throw new NumberFormatException();
                return n;
              } catch (NumberFormatException e) {
                throw ApiException.badRequest(
                    name
                        + " must be a whole number from "
                        + min
                        + " to "
                        + max
                        + ", not '"
                        + v
                        + "'");
              }
            });
  }

  public static Optional<Boolean> bool(Context ctx, String name) {
    return text(ctx, name)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true", "1", "yes" -> true;
                  case "false", "0", "no" -> false;
                  default ->
                      throw ApiException.badRequest(
                          name + " must be true or false, not '" + v + "'");
                });
  }

  public static Optional<LocalDate> date(Context ctx, String name) {
    return text(ctx, name)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + v + "'");
              }
            });
  }
}
