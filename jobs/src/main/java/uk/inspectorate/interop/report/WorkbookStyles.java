package uk.inspectorate.interop.report;

import java.awt.Color;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.report.chart.Palette;
import uk.inspectorate.interop.score.Status;

/**
 * The cell styles of one workbook, each created once: a workbook holds at most 64,000 styles and
 * a style per cell would also bloat the file.
 */
final class WorkbookStyles {
  /** Scores are fractions in [0, 1], shown as percentages everywhere. */
  static final String PERCENT = "0.0%";

  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle note;
  final XSSFCellStyle integer;
  final XSSFCellStyle integerLeft;
  final XSSFCellStyle count;
  final XSSFCellStyle number;
  final XSSFCellStyle measure;
  final XSSFCellStyle percent;
  /** A difference in percentage points, with its sign: +12%, -3%. */
  final XSSFCellStyle signedPercent;
  final XSSFCellStyle date;
  private final Map<Status, XSSFCellStyle> statusPercent = new EnumMap<>(Status.class);
  private final Map<Status, XSSFCellStyle> statusText = new EnumMap<>(Status.class);
  private final Map<CellStyle, XSSFCellStyle> quoted = new HashMap<>();
  private final Map<Integer, XSSFCellStyle> connected = new HashMap<>();
  private final Map<String, XSSFCellStyle> pageStyles = new HashMap<>();
  private final XSSFWorkbook workbook;

  WorkbookStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    XSSFFont bold = bodyFont();
    bold.setBold(true);
    XSSFFont italic = bodyFont();
    italic.setItalic(true);

    header = base();
    header.setFont(bold);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    text = base();
    wrapped = base();
    wrapped.setWrapText(true);
    note = base();
    note.setFont(italic);
    note.setAlignment(HorizontalAlignment.RIGHT);
    integer = formatted("0");
    integer.setAlignment(HorizontalAlignment.CENTER);
    integerLeft = formatted("0");
    integerLeft.setAlignment(HorizontalAlignment.LEFT);
    count = formatted("#,##0");
    number = formatted("General");
    measure = formatted("#,##0.0###");
    percent = formatted(PERCENT);
    signedPercent = formatted("+0.0%;-0.0%;0.0%");
    date = formatted("yyyy-mm-dd");
    date.setAlignment(HorizontalAlignment.LEFT);
    for (Status status : Status.values()) {
      statusPercent.put(status, filled(formatted(PERCENT), status));
      statusText.put(status, filled(base(), status));
    }
  }

  /** A score cell filled with its status colour. */
  XSSFCellStyle statusPercent(Status status) {
    return statusPercent.get(status);
  }

  /** A status word filled with its status colour. */
  XSSFCellStyle statusText(Status status) {
    return statusText.get(status);
  }

  /**
   * The same style, but marked so that the spreadsheet keeps the text as text even when a user
   * edits the cell: for input text that starts like a formula.
   */
  XSSFCellStyle quoted(CellStyle style) {
    return quoted.computeIfAbsent(style, s -> {
      XSSFCellStyle copy = workbook.createCellStyle();
      copy.cloneStyleFrom(s);
      copy.setQuotePrefixed(true);
      return copy;
    });
  }

  /** A page title in bold 14 point, as a factsheet's first line. */
  XSSFCellStyle title() {
    return pageStyles.computeIfAbsent("title", k -> topLeft(font(true, false, 14)));
  }

  /** A section heading in bold 12 point. */
  XSSFCellStyle heading() {
    return pageStyles.computeIfAbsent("heading", k -> topLeft(font(true, false, 12)));
  }

  /** A line under the title, in italics. */
  XSSFCellStyle subtitle() {
    return pageStyles.computeIfAbsent("subtitle", k -> topLeft(font(false, true, 0)));
  }

  /** A sentence that wraps over merged cells. */
  XSSFCellStyle paragraph() {
    return pageStyles.computeIfAbsent("paragraph", k -> {
      XSSFCellStyle style = topLeft(workbook.getFontAt(0));
      style.setWrapText(true);
      return style;
    });
  }

  /** A shared style aligned otherwise, e.g. a percentage set left beside its label. */
  XSSFCellStyle aligned(XSSFCellStyle shared, HorizontalAlignment alignment) {
    return pageStyles.computeIfAbsent(shared.getIndex() + "/" + alignment, k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(shared);
      style.setAlignment(alignment);
      return style;
    });
  }

  private XSSFFont font(boolean bold, boolean italic, int points) {
    XSSFFont body = workbook.getFontAt(0);
    XSSFFont font = workbook.createFont();
    font.setFontName(body.getFontName());
    font.setFontHeightInPoints(points == 0 ? body.getFontHeightInPoints() : (short) points);
    font.setFamily(body.getFamily());
    font.setScheme(body.getScheme());
    font.setBold(bold);
    font.setItalic(italic);
    return font;
  }

  private XSSFCellStyle topLeft(XSSFFont font) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setAlignment(HorizontalAlignment.LEFT);
    return style;
  }

  /**
   * A font that matches the workbook's default body font, theme scheme included, so that
   * spreadsheets substituting Calibri substitute bold and italic text the same way.
   */
  private XSSFFont bodyFont() {
    XSSFFont body = workbook.getFontAt(0);
    XSSFFont font = workbook.createFont();
    font.setFontName(body.getFontName());
    font.setFontHeightInPoints(body.getFontHeightInPoints());
    font.setFamily(body.getFamily());
    font.setScheme(body.getScheme());
    return font;
  }

  private XSSFCellStyle base() {
    XSSFCellStyle style = workbook.createCellStyle();
    // Named explicitly: LibreOffice shows a style that does not apply a font in its own default.
    style.setFont(workbook.getFontAt(0));
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private XSSFCellStyle formatted(String format) {
    XSSFCellStyle style = base();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /**
   * A whole number filled as the interoperability matrix colours it: the number of capabilities
   * two forces share, of {@code capabilities}; white text on the darker steps.
   */
  XSSFCellStyle connected(int count, int capabilities) {
    return this.connected.computeIfAbsent(count, k -> {
      XSSFCellStyle style = formatted("0");
      style.setAlignment(HorizontalAlignment.CENTER);
      Color colour = Palette.connected(k, capabilities);
      style.setFillForegroundColor(new XSSFColor(
          new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()}));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      double luminance = (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
      if (luminance < 0.45) {
        XSSFFont white = bodyFont();
        white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
        style.setFont(white);
      }
      return style;
    });
  }

  private static XSSFCellStyle filled(XSSFCellStyle style, Status status) {
    Color colour = Palette.fill(status);
    style.setFillForegroundColor(new XSSFColor(
        new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()}));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
