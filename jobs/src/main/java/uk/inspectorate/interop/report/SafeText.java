package uk.inspectorate.interop.report;

/**
 * Input text made safe for a spreadsheet cell or a page header: never read as a formula, never
 * invalid XML, never longer than a cell holds.
 */
final class SafeText {
  /** The most characters an Excel cell holds. */
  static final int MAX_CELL_CHARS = 32_767;

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SafeText() {}

  /** True when a spreadsheet would run this text as a formula if a user re-entered it. */
  static boolean looksLikeFormula(String text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * The text for a cell: null becomes empty, control characters that XML 1.0 cannot hold become
   * spaces, and text beyond a cell's limit is cut with an ellipsis.
   */
  static String cell(String text) {
    if (text == null) {
      return "";
    }
    String clean = withoutControlCharacters(text);
    return clean.length() <= MAX_CELL_CHARS ? clean : clean.substring(0, MAX_CELL_CHARS - 1) + "\u2026";
  }

  /** Text for a print header or footer, where {@code &} starts a formatting code. */
  static String headerFooter(String text) {
    return withoutControlCharacters(text == null ? "" : text).replace("&", "&&");
  }

  private static String withoutControlCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
      if (!allowed) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
