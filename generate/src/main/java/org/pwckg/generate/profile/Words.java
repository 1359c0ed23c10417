package org.pwckg.generate.profile;

import java.util.ArrayList;
import java.util.List;

/** Words as the generator measures them: runs of characters that are not whitespace. */
public final class Words {
  private Words() {}

  public static int count(String text) {
    return split(text).size();
  }

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
