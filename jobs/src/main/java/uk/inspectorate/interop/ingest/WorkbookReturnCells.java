package uk.inspectorate.interop.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell of a returned workbook as the text a user saw in it, the same whatever the cell's type,
 * so that answers typed as text or as numbers read alike. Formulas are never evaluated: a formula
 * cell gives the value the spreadsheet saved with it.
 */
final class WorkbookReturnCells {
  /** Spreadsheets show at most 15 significant digits; more are artefacts of binary fractions. */
  private static final MathContext SHOWN_DIGITS = new MathContext(15);

  private WorkbookReturnCells() {}

  /**
   * The cell as text: strings trimmed (no-break spaces too); numbers plain, without exponent or
   * trailing zeros ({@code 75}, {@code 0.5}, {@code 1250.5}); a number formatted as a percentage
   * as the percentage shown (0.75 is {@code 75}); dates as {@code yyyy-MM-dd}; booleans as
   * {@code Yes} or {@code No}; errors as shown ({@code #DIV/0!}); blank, empty or a formula
   * saved without its value as null.
   */
  static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        return null;
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> trimmed(cell.getStringCellValue());
      case NUMERIC -> number(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
      case ERROR -> cell instanceof XSSFCell x ? x.getErrorCellString() : "#ERROR";
      default -> null;
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).round(SHOWN_DIGITS);
    if (isPercentFormat(cell.getCellStyle().getDataFormatString())) {
      value = value.movePointRight(2);
    }
    return plain(value);
  }

  /** {@code 75}, {@code 0.5}, {@code 1250.5}: never {@code 7.5E+1}, {@code 75.0} or {@code -0}. */
  static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** True when the format shows a number as a percentage: a {@code %} outside quotes and escapes. */
  static boolean isPercentFormat(String format) {
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\\') {
        i++;
      } else if (!quoted && c == '%') {
        return true;
      }
    }
    return false;
  }

  /** Trimmed of spaces, tabs, line breaks and no-break spaces; null when nothing is left. */
  static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String t = text.replace('\u00A0', ' ').strip();
    return t.isEmpty() ? null : t;
  }
}
