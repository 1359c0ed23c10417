package org.pwckg.generate.write;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Python's {@code ensure_ascii=True}: everything outside printable ASCII as a lower-case {@code
 * \}{@code uXXXX} escape (Jackson's own escapes are upper case), except the short forms \b \t \n \f
 * \r.
 */
public final class AsciiEscapes extends CharacterEscapes {
  private final int[] ascii = standardAsciiEscapesForJSON();

  public AsciiEscapes() {
    for (int c = 0; c < 0x20; c++) {
      if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') ascii[c] = ESCAPE_CUSTOM;
    }
    ascii[0x7f] = ESCAPE_CUSTOM;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  /** Called for the ASCII codes marked custom above and for every character above 0x7f. */
  @Override
  public SerializableString getEscapeSequence(int ch) {
    return new SerializedString(String.format("\\u%04x", ch));
  }
}
