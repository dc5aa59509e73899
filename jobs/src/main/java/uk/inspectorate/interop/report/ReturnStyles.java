package uk.inspectorate.interop.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles a survey return needs beyond the national workbook's: the title, labels, and the
 * input cells a force fills in, which are unlocked, filled and bordered so they stand out on
 * screen and on a black-and-white print.
 */
final class ReturnStyles {
  /** The light yellow that spreadsheet users know as "type here". */
  static final String INPUT_FILL = "FFF2CC";

  final XSSFCellStyle title;
  final XSSFCellStyle lead;
  final XSSFCellStyle label;
  final XSSFCellStyle input;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle date;

  ReturnStyles(XSSFWorkbook workbook, WorkbookStyles styles) {
    title = copy(workbook, styles.text);
    title.setFont(font(workbook, true, false, 14));
    lead = copy(workbook, styles.text);
    lead.setFont(font(workbook, false, true, 0));
    label = copy(workbook, styles.text);
    label.setFont(font(workbook, true, false, 0));
    input = inputCell(copy(workbook, styles.text));
    wrapped = inputCell(copy(workbook, styles.wrapped));
    date = inputCell(copy(workbook, styles.date));
  }

  private static XSSFCellStyle copy(XSSFWorkbook workbook, XSSFCellStyle from) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(from);
    return style;
  }

  private static XSSFCellStyle inputCell(XSSFCellStyle style) {
    style.setLocked(false);
    // Numbers and words line up alike in the answer column.
    style.setAlignment(HorizontalAlignment.LEFT);
    style.setFillForegroundColor(new XSSFColor(hex(INPUT_FILL)));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    short grey = IndexedColors.GREY_50_PERCENT.getIndex();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setTopBorderColor(grey);
    style.setBottomBorderColor(grey);
    style.setLeftBorderColor(grey);
    style.setRightBorderColor(grey);
    return style;
  }

  /** The workbook's body font, bold or italic, at {@code points} (0 keeps the body size). */
  private static XSSFFont font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
    XSSFFont body = workbook.getFontAt(0);
    XSSFFont font = workbook.createFont();
    font.setFontName(body.getFontName());
    font.setFontHeightInPoints(points > 0 ? (short) points : body.getFontHeightInPoints());
    font.setFamily(body.getFamily());
    font.setScheme(body.getScheme());
    font.setBold(bold);
    font.setItalic(italic);
    return font;
  }

  private static byte[] hex(String rgb) {
    return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
        (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
  }
}
