package uk.inspectorate.interop.report;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.results.DomainOutcome;
import uk.inspectorate.interop.results.ForceChange;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.ForceScore;

/**
 * The first sheet of a factsheet: the force's level and scores against its peers, the nation and
 * last year, its headlines, its domain scores and its charts, laid out as a page to read.
 */
final class FactsheetSummary {
  /** The widest each column grows, in characters; longer domain titles wrap. */
  private static final int[] WIDTHS = {30, 12, 12, 12, 12, 12, 12, 12, 12};
  /**
   * Characters of a sentence that fit in one unit of column width: more than SheetWriter assumes
   * for a single cell, as a long sentence averages out to narrower letters (checked in LibreOffice).
   */
  private static final double TEXT_PER_DIGIT_WIDTH = 1.3;
  /** The largest size a chart is shown at, in pixels at 96 dpi. */
  private static final int CHART_MAX_WIDTH_PX = 760;
  private static final int CHART_MAX_HEIGHT_PX = 480;

  private final Results r;
  private final ForceResults force;
  private final ForceScore score;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  private final XSSFSheet sheet;
  private final SheetWriter s;
  /** Summary values sit left, beside their labels and away from the notes that follow them. */
  private final XSSFCellStyle percentLeft;
  private final XSSFCellStyle signedPercentLeft;

  FactsheetSummary(Results r, ForceResults force, XSSFWorkbook workbook, WorkbookStyles styles,
      SheetWriter.PageLabels labels) {
    this.r = r;
    this.force = force;
    this.score = force.score();
    this.workbook = workbook;
    this.styles = styles;
    this.labels = labels;
    this.sheet = workbook.createSheet(FactsheetWriter.SUMMARY);
    this.s = new SheetWriter(sheet, styles);
    this.percentLeft = styles.aligned(styles.percent, HorizontalAlignment.LEFT);
    this.signedPercentLeft = styles.aligned(styles.signedPercent, HorizontalAlignment.LEFT);
  }

  void write(Map<String, byte[]> charts) {
    for (int c = 0; c < WIDTHS.length; c++) {
      s.maxWidth(c, WIDTHS[c]);
    }
    title();
    facts();
    List<String> headers = new ArrayList<>(List.of("Domain", "Score", "Peer group median", "National median",
        "Gap to peer median", "Gap to national median"));
    r.lastYear().ifPresent(p -> headers.addAll(List.of("Score in " + p.year(), "Change since " + p.year())));
    headers.add("Score a year on");
    int lastColumn = headers.size() - 1;
    List<Integer> headlineRows = headlines(lastColumn);

    s.nextRow();
    // The domain table and the charts start the second page, so the table is never split.
    sheet.setRowBreak(sheet.getLastRowNum());
    s.nextRow();
    spill(0, "Domain scores", styles.heading());
    s.headers(headers);
    int tableHeader = sheet.getLastRowNum();
    force.domains().forEach(this::domainRow);
    int tableLast = sheet.getLastRowNum();

    int chartsRow = -1;
    if (!charts.isEmpty()) {
      s.nextRow();
      s.nextRow();
      spill(0, charts.size() == 1 ? "Chart" : "Charts", styles.heading());
      chartsRow = sheet.getLastRowNum() + 1;
    }
    // The title row stays in view and on every printed page; the domain table has the filter.
    s.finish(0, 0, lastColumn, false, labels);
    sheet.setAutoFilter(new CellRangeAddress(tableHeader, tableLast, 0, lastColumn));
    // A page to read rather than a grid: the headings and the table's header rule give the shape.
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    // Headers such as "Gap to national median" wrap by word into three lines at this width.
    sheet.getRow(tableHeader).setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
    fitHeadlines(headlineRows, lastColumn);
    if (chartsRow >= 0) {
      pictures(charts, chartsRow, lastColumn);
    }
  }

  private void title() {
    s.nextRow();
    spill(0, force.name() + ": interop maturity " + r.year(), styles.title());
    sheet.getRow(0).setHeightInPoints(22);
    s.nextRow();
    spill(0, "As at " + Wording.longDate(r.asOf()) + " \u00b7 " + score.peerGroup() + " peer group \u00b7 "
        + r.markingLine() + (r.provisional() ? " \u00b7 provisional, for comment" : ""), styles.subtitle());
  }

  private void facts() {
    s.nextRow();
    s.nextRow();
    spill(0, "Level and scores", styles.heading());
    fact("Maturity level", score.maturityLevel(), styles.integerLeft, score.levelName()
        + " (of " + r.code().levels().size() + " levels)");
    fact("Rank", score.rank(), styles.integerLeft, "of " + force.forcesAssessed() + " forces"
        + (force.jointRank() ? " (joint)" : ""));
    fact("National quartile", score.quartile(), styles.integerLeft, Wording.quarter(score.quartile()) + " of forces");
    fact("Overall score", score.overallScore(), percentLeft, null);
    fact("Peer group median", score.peerMedian(), percentLeft, score.peerGroup());
    fact("Gap to peer group median", Wording.difference(score.gapToPeerMedian()), signedPercentLeft,
        "percentage points");
    fact("National median", force.nationalMedian(), percentLeft, "all " + force.forcesAssessed() + " forces");
    fact("Gap to national median", Wording.difference(force.gapToNationalMedian()), signedPercentLeft,
        "percentage points");
    fact("Score a year on", score.nextYearScore(), percentLeft,
        "at " + Wording.longDate(r.asOf().plusYears(1)) + " if nothing changes");
    fact("Level a year on", score.nextYearLevel(), styles.integerLeft, score.nextYearLevelName());
    force.sinceLastYear().ifPresent(this::lastYearFacts);
  }

  private void lastYearFacts(ForceChange change) {
    if (!change.assessed()) {
      s.nextRow();
      s.text(0, "Overall score in " + change.year(), styles.text);
      spill(2, "not assessed in " + change.year(), styles.text);
      return;
    }
    fact("Overall score in " + change.year(), change.previousScore(), percentLeft, null);
    fact("Change since " + change.year(), Wording.difference(change.difference()), signedPercentLeft,
        "percentage points");
    fact("Level in " + change.year(), change.previousLevel(), styles.integerLeft, change.last().levelName());
  }

  /** The headline sentences, each over the width of the domain table; returns their rows. */
  private List<Integer> headlines(int lastColumn) {
    s.nextRow();
    s.nextRow();
    spill(0, "Headlines", styles.heading());
    List<Integer> rows = new ArrayList<>();
    for (String line : force.sentences().headlines()) {
      s.nextRow();
      int row = sheet.getLastRowNum();
      XSSFCell cell = sheet.getRow(row).createCell(0);
      cell.setCellValue(SafeText.cell("\u2022 " + line));
      cell.setCellStyle(styles.paragraph());
      for (int c = 1; c <= lastColumn; c++) {
        sheet.getRow(row).createCell(c).setCellStyle(styles.paragraph());
      }
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
      rows.add(row);
    }
    return rows;
  }

  private void domainRow(DomainOutcome d) {
    s.nextRow();
    s.text(0, d.domain().title(), styles.wrapped);
    s.number(1, d.value(), styles.percent);
    s.number(2, d.peerMedian(), styles.percent);
    s.number(3, d.nationalMedian(), styles.percent);
    s.number(4, Wording.difference(d.gapToPeerMedian()), styles.signedPercent);
    s.number(5, Wording.difference(d.gapToNationalMedian()), styles.signedPercent);
    int c = 6;
    if (r.lastYear().isPresent()) {
      s.number(c++, d.change().previous(), styles.percent);
      s.number(c++, Wording.difference(d.change().difference()), styles.signedPercent);
    }
    s.number(c, d.nextYearScore(), styles.percent);
  }

  /** Merged cells do not grow with their text: each headline row is made tall enough for its lines. */
  private void fitHeadlines(List<Integer> rows, int lastColumn) {
    double lineChars = 0;
    for (int c = 0; c <= lastColumn; c++) {
      lineChars += sheet.getColumnWidth(c) / 256.0;
    }
    for (int row : rows) {
      String text = sheet.getRow(row).getCell(0).getStringCellValue();
      int lines = Math.max(1, (int) Math.ceil(text.length() / (lineChars * TEXT_PER_DIGIT_WIDTH)));
      sheet.getRow(row).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
    }
  }

  /** A labelled value, with a note in words beside it. */
  private void fact(String label, Double value, XSSFCellStyle style, String note) {
    s.nextRow();
    s.text(0, label, styles.text);
    s.number(1, value, style);
    if (note != null && !note.isEmpty()) {
      spill(2, note, styles.text);
    }
  }

  private void fact(String label, int value, XSSFCellStyle style, String note) {
    fact(label, (double) value, style, note);
  }

  /**
   * Text in the current (last) row that may run on over the empty cells to its right, left out of
   * the column's width: titles, notes and sentences that would otherwise widen a table column.
   */
  private void spill(int column, String text, XSSFCellStyle style) {
    String clean = SafeText.cell(text);
    XSSFCell cell = sheet.getRow(sheet.getLastRowNum()).createCell(column);
    cell.setCellValue(clean);
    cell.setCellStyle(SafeText.looksLikeFormula(clean) ? styles.quoted(style) : style);
  }

  /**
   * Each chart below the domain table, one under another, at most as wide as the table and
   * keeping its proportions; anchored to the cells so it moves with them but is never stretched.
   */
  private void pictures(Map<String, byte[]> charts, int firstRow, int lastColumn) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int tableWidth = 0;
    for (int c = 0; c <= lastColumn; c++) {
      tableWidth += Math.round(sheet.getColumnWidthInPixels(c));
    }
    int maxWidth = Math.min(CHART_MAX_WIDTH_PX, tableWidth);
    double rowPixels = sheet.getDefaultRowHeightInPoints() * Units.PIXEL_DPI / Units.POINT_DPI;
    int row = firstRow;
    for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
      byte[] png = chart.getValue();
      ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
      int pngWidth = Math.max(1, header.getInt());
      int pngHeight = Math.max(1, header.getInt());
      double scale = Math.min(1.0, Math.min((double) maxWidth / pngWidth, (double) CHART_MAX_HEIGHT_PX / pngHeight));
      double width = pngWidth * scale;
      double height = pngHeight * scale;
      int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
      int col2 = 0;
      double left = width;
      while (left > sheet.getColumnWidthInPixels(col2)) {
        left -= sheet.getColumnWidthInPixels(col2);
        col2++;
      }
      int rows = (int) Math.floor(height / rowPixels);
      double down = height - rows * rowPixels;
      XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, (int) Math.round(left * Units.EMU_PER_PIXEL),
          (int) Math.round(down * Units.EMU_PER_PIXEL), 0, row, col2, row + rows);
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
      XSSFPicture picture = drawing.createPicture(anchor, index);
      var properties = picture.getCTPicture().getNvPicPr().getCNvPr();
      properties.setName("Chart " + chart.getKey());
      properties.setDescr("Chart '" + chart.getKey() + "' of " + force.name() + ", " + r.year());
      row += rows + 2;
    }
  }
}
