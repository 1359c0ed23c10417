package org.pwckg.ontology.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of a database folder names every entry DatabaseLayout makes, and no other. */
class DatabaseLayoutDocTest {
  static final Path DB = Path.of("db");
  static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** The first column of the README's "A database folder" table, as patterns. */
  static List<Pattern> documented() throws IOException {
    Path readme = Path.of(System.getProperty("pwckg.testdata")).getParent().resolve("README.md");
    List<Pattern> out = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(readme)) {
      if (line.startsWith("#")) inSection = line.equals("### A database folder");
      if (!inSection || !line.startsWith("| `")) continue;
      Matcher m = CODE.matcher(line.split("\\|")[1]);
      while (m.find()) {
        String entry = m.group(1).replaceAll("/$", "");
        out.add(
            Pattern.compile(
                Pattern.quote(entry)
                    .replace("NNNN", "\\E\\d{4}\\Q")
                    .replace("{size}", "\\E[a-z0-9.]+\\Q")));
      }
    }
    return out;
  }

  /** Every entry the layout names, each method called with a sample argument. */
  static List<String> named() throws Exception {
    List<String> out = new ArrayList<>();
    for (Method m : DatabaseLayout.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.getReturnType() != Path.class) continue;
      Object[] args = new Object[m.getParameterCount()];
      args[0] = DB;
      for (int i = 1; i < args.length; i++)
        args[i] = m.getParameterTypes()[i] == int.class ? 7 : "1.3b";
      out.add(DB.relativize((Path) m.invoke(null, args)).toString());
    }
    return out;
  }

  @Test
  void every_entry_of_the_layout_is_documented_and_every_documented_entry_exists()
      throws Exception {
    List<Pattern> documented = documented();
    List<String> named = named();
    assertThat(documented).hasSizeGreaterThan(5);
    assertThat(named)
        .allSatisfy(
            n ->
                assertThat(documented.stream().anyMatch(p -> p.matcher(n).matches()))
                    .as(n + " is in the README's table")
                    .isTrue());
    assertThat(documented)
        .allSatisfy(
            p ->
                assertThat(named.stream().anyMatch(n -> p.matcher(n).matches()))
                    .as(p + " is an entry DatabaseLayout names")
                    .isTrue());
  }
}
