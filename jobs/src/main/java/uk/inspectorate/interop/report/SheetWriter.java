package uk.inspectorate.interop.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.inspectorate.interop.results.Wording;

/**
 * Writes one sheet row by row, keeping every input text plain text and measuring the columns as
 * it goes, so widths come from the content without {@code autoSizeColumn} (slow, and it needs the
 * fonts installed).
 */
final class SheetWriter {
  static final String COMMENT_AUTHOR = "Interop Maturity";
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /**
   * Characters of ordinary text that fit in the width of one digit, the unit of column widths:
   * a little under the usual ratio, so that an estimated row is at worst a little tall.
   */
  private static final double TEXT_PER_DIGIT_WIDTH = 1.1;
  /** Room for the auto filter's drop-down button beside a header. */
  private static final int FILTER_BUTTON = 3;

  private final XSSFSheet sheet;
  private final WorkbookStyles styles;
  private final List<Integer> widths = new ArrayList<>();
  private final List<Integer> maxWidths = new ArrayList<>();
  private XSSFDrawing drawing;
  private XSSFRow row;
  private int rowLines = 1;

  SheetWriter(XSSFSheet sheet, WorkbookStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /** Starts the next row. */
  void nextRow() {
    endRow();
    row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
  }

  /** A header row: bold, one label a column. */
  void headers(List<String> labels) {
    nextRow();
    for (int c = 0; c < labels.size(); c++) {
      text(c, labels.get(c), styles.header);
      measure(c, SafeText.cell(labels.get(c)).length() + FILTER_BUTTON);
    }
  }

  void text(int column, String value, CellStyle style) {
    String clean = SafeText.cell(value);
    XSSFCell cell = row.createCell(column);
    cell.setCellValue(clean);
    cell.setCellStyle(SafeText.looksLikeFormula(clean) ? styles.quoted(style) : style);
    measure(column, longestLine(clean));
    if (style.getWrapText()) {
      rowLines = Math.max(rowLines, lines(clean, (int) (cap(column) * TEXT_PER_DIGIT_WIDTH)));
    }
  }

  /** A number; null leaves the cell empty but styled, so fills and formats still show. */
  void number(int column, Double value, CellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null && !value.isNaN() && !value.isInfinite()) {
      cell.setCellValue(Wording.publishedDouble(value));
      measure(column, shownLength(value, style));
    }
  }

  void number(int column, long value, CellStyle style) {
    number(column, (double) value, style);
  }

  void date(int column, LocalDate value, CellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellStyle(style);
    cell.setCellValue(value);
    measure(column, 10);
  }

  /**
   * Header labels as an Excel table needs them, unique and not empty: a second "Overall score"
   * (say, a domain titled like a fixed column) becomes "Overall score (2)", an empty one "Column 3".
   */
  static List<String> unique(List<String> labels) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int c = 0; c < labels.size(); c++) {
      String label = labels.get(c) == null || labels.get(c).isBlank() ? "Column " + (c + 1) : labels.get(c);
      String candidate = label;
      for (int n = 2; !seen.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
        candidate = label + " (" + n + ")";
      }
      out.add(candidate);
    }
    return out;
  }

  /** Prints a short sheet (an About list) on one page however its rows wrap. Call after {@link #finish}. */
  void onOnePage() {
    sheet.getPrintSetup().setFitHeight((short) 1);
  }

  /** A row of a two-column list of items and values, as on an About sheet. */
  void item(String item, String value) {
    nextRow();
    text(0, item, styles.text);
    text(1, value, styles.wrapped);
  }

  /** A row of a two-column list whose value is a whole number. */
  void item(String item, long value) {
    nextRow();
    text(0, item, styles.text);
    number(1, value, styles.integerLeft);
  }

  /** Links a cell of the current row to a cell of another sheet (0-based row and column). */
  void link(int column, String sheetName, int targetRow, int targetColumn) {
    var link = sheet.getWorkbook().getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
    link.setAddress("'" + sheetName.replace("'", "''") + "'!"
        + new org.apache.poi.ss.util.CellReference(targetRow, targetColumn).formatAsString());
    row.getCell(column).setHyperlink(link);
  }

  /** A note on a cell of the current row, e.g. a requirement's title on its id. */
  void comment(int column, String value) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, row.getRowNum(), column + 4, row.getRowNum() + 4);
    XSSFComment comment = drawing.createCellComment(anchor);
    comment.setString(new XSSFRichTextString(SafeText.cell(value)));
    comment.setAuthor(COMMENT_AUTHOR);
    row.getCell(column).setCellComment(comment);
  }

  /** Gives columns {@code first} to {@code last} the width of the widest, so a matrix reads evenly. */
  void sameWidth(int first, int last) {
    grow(widths, last, 0);
    int widest = widths.subList(first, last + 1).stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int c = first; c <= last; c++) {
      widths.set(c, widest);
    }
  }

  /**
   * Caps a column's width; set it before writing rows, so that wrapped text in the column gets
   * rows tall enough (spreadsheets do not reliably grow rows themselves when opening a file).
   */
  void maxWidth(int column, int chars) {
    grow(maxWidths, column, MAX_WIDTH);
    maxWidths.set(column, chars);
  }

  /**
   * Sets column widths, freezes the rows down to and including {@code headerRow} and the first
   * {@code frozenColumns} columns, filters the table below the header when asked, and sets up
   * printing with the marking in the page header and footer.
   */
  void finish(int headerRow, int frozenColumns, int lastColumn, boolean filter, PageLabels labels) {
    endRow();
    for (int c = 0; c < widths.size(); c++) {
      int chars = Math.max(MIN_WIDTH, Math.min(cap(c), widths.get(c) + 2));
      sheet.setColumnWidth(c, chars * 256);
    }
    sheet.createFreezePane(frozenColumns, headerRow + 1);
    int lastRow = Math.max(sheet.getLastRowNum(), headerRow);
    if (filter && lastRow > headerRow) {
      table(headerRow, lastRow, lastColumn);
    } else if (filter) {
      sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
    }
    printSetup(headerRow, labels);
  }

  /**
   * Makes the rows below the header an Excel table with its own filter buttons, named after the
   * sheet ("Requirement results" becomes RequirementResults), without banded rows so that status
   * fills stay the only colour.
   */
  private void table(int headerRow, int lastRow, int lastColumn) {
    // An Excel table needs unique, non-empty column names: its header cells are made so first.
    XSSFRow header = sheet.getRow(headerRow);
    List<String> labels = new ArrayList<>();
    for (int c = 0; c <= lastColumn; c++) {
      XSSFCell cell = header.getCell(c);
      labels.add(cell == null ? "" : cell.getStringCellValue());
    }
    List<String> names = unique(labels);
    for (int c = 0; c <= lastColumn; c++) {
      if (!names.get(c).equals(labels.get(c))) {
        XSSFCell cell = header.getCell(c) == null ? header.createCell(c) : header.getCell(c);
        cell.setCellValue(names.get(c));
        cell.setCellStyle(styles.header);
      }
    }
    org.apache.poi.xssf.usermodel.XSSFTable table = sheet.createTable(new org.apache.poi.ss.util.AreaReference(
        new org.apache.poi.ss.util.CellReference(headerRow, 0), new org.apache.poi.ss.util.CellReference(lastRow, lastColumn),
        org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
    StringBuilder words = new StringBuilder();
    for (String word : sheet.getSheetName().split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    String name = words.toString();
    table.setName(name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Table" + name : name);
    table.setDisplayName(table.getName());
    table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
    var style = table.getCTTable().addNewTableStyleInfo();
    style.setName("TableStyleLight1");
    style.setShowRowStripes(false);
    style.setShowColumnStripes(false);
  }

  private void printSetup(int headerRow, PageLabels labels) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setPrintGridlines(true);
    sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
    String marking = "&B" + SafeText.headerFooter(labels.marking()) + "&B";
    sheet.getHeader().setLeft(SafeText.headerFooter(labels.title()));
    sheet.getHeader().setCenter(marking);
    sheet.getHeader().setRight("&A");
    sheet.getFooter().setCenter(marking);
    sheet.getFooter().setRight("Page &P of &N");
  }

  private int cap(int column) {
    return column < maxWidths.size() ? maxWidths.get(column) : MAX_WIDTH;
  }

  /** Sets the height of the row just written when wrapped text in it needs more than one line. */
  private void endRow() {
    if (row != null && rowLines > 1) {
      row.setHeightInPoints(rowLines * sheet.getDefaultRowHeightInPoints());
    }
    rowLines = 1;
  }

  /** Lines the text takes in a column {@code chars} characters wide, estimated from its length. */
  private static int lines(String text, int chars) {
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += Math.max(1, (line.length() + chars - 1) / chars);
    }
    return lines;
  }

  private void measure(int column, int chars) {
    grow(widths, column, 0);
    widths.set(column, Math.max(widths.get(column), chars));
  }

  private static void grow(List<Integer> list, int column, int fill) {
    while (list.size() <= column) {
      list.add(fill);
    }
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  private static int shownLength(double value, CellStyle style) {
    if (WorkbookStyles.PERCENT.equals(style.getDataFormatString())) {
      return 6;
    }
    String plain = value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value) : String.valueOf(value);
    return Math.min(plain.length() + (Math.abs(value) >= 1000 ? plain.length() / 3 : 0), 12);
  }

  /** What every page of the workbook shows besides the sheet name and page number. */
  record PageLabels(String title, String marking) {}
}
