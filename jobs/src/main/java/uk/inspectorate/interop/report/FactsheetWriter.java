package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.Unit;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Scoring;
import uk.inspectorate.interop.score.Status;

/**
 * Writes a force's factsheet, {@code factsheets/<slug>.xlsx}: what an inspector sends the force
 * for comment before publication. Its level, rank and scores against its peer group and the
 * nation, with its charts; what it has not met and why, worst first; where its self-assessment
 * claims more than its evidence; the systems that lower its score a year on; every result; and
 * what the factsheet is. The conventions are the national workbook's: frozen headers, filters,
 * percent formats, the protective marking in every page header and footer, input text always
 * text, and the same assessment always giving the same cells and document properties.
 */
public final class FactsheetWriter {
  static final String SUMMARY = "Summary";
  static final String UNMET = "Unmet requirements";
  static final String CONTRADICTIONS = "Contradictions";
  static final String LIFECYCLE = "Lifecycle risks";
  static final String ALL = "All requirements";
  static final String ABOUT = "About";

  /** What the About sheet says of a factsheet until the assessment is published with --final. */
  static final String PROVISIONAL = "PROVISIONAL \u2014 for comment";

  /** The widest each Summary column grows, in characters; longer domain titles wrap. */
  private static final int[] SUMMARY_WIDTHS = {30, 12, 12, 12, 12, 12, 12, 12, 12};
  /**
   * Characters of a sentence that fit in one unit of column width: more than SheetWriter assumes
   * for a single cell, as a long sentence averages out to narrower letters (checked in LibreOffice).
   */
  private static final double TEXT_PER_DIGIT_WIDTH = 1.3;
  /** The largest size a chart is shown at on the Summary, in pixels at 96 dpi. */
  private static final int CHART_MAX_WIDTH_PX = 760;
  private static final int CHART_MAX_HEIGHT_PX = 480;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static final String CREATOR = "Interop Maturity";
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int TITLE_WIDTH = 50;
  private static final int REASON_WIDTH = 60;

  private final Assessment a;
  private final Nation nation;
  private final ForceScore force;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  private final XSSFCellStyle titleStyle;
  private final XSSFCellStyle headingStyle;
  private final XSSFCellStyle subtitleStyle;
  private final XSSFCellStyle paragraphStyle;
  /** Summary values sit left, beside their labels and away from the notes that follow them. */
  private final XSSFCellStyle percentLeft;
  private final XSSFCellStyle signedPercentLeft;
  /** Counts centred and measures right-aligned, so neither runs into the text of the next column. */
  private final XSSFCellStyle countCentred;
  private final XSSFCellStyle textRight;
  private final List<RequirementResult> results;
  private final Map<String, Requirement> requirements = new LinkedHashMap<>();
  private final Map<String, String> domainTitles = new HashMap<>();

  /**
   * What every factsheet compares its force with, computed once for all 43: the national medians
   * and each force's records.
   */
  private record Nation(
      int forces,
      double overallMedian,
      Map<String, Double> domainMedians,
      Map<String, ForceScore> scores,
      Map<String, List<RequirementResult>> results,
      Map<String, Map<String, DomainScore>> domains,
      Map<String, List<LifecycleRisk>> risks,
      Map<Integer, Long> forcesAtRank) {

    static Nation of(Assessment a) {
      List<ForceScore> forces = a.scores().forces();
      Map<String, Double> domainMedians = new HashMap<>();
      for (Domain d : a.code().domains()) {
        domainMedians.put(d.id(), Scoring.median(a.scores().domains().stream()
            .filter(s -> s.domainId().equals(d.id()) && s.score() != null).map(DomainScore::score).toList()));
      }
      Map<String, Map<String, DomainScore>> domains = a.scores().domains().stream().collect(Collectors.groupingBy(
          DomainScore::forceCode, Collectors.toMap(DomainScore::domainId, Function.identity())));
      Double median = Scoring.median(forces.stream().map(ForceScore::overallScore).toList());
      return new Nation(forces.size(), median == null ? Double.NaN : median, domainMedians,
          forces.stream().collect(Collectors.toMap(ForceScore::forceCode, Function.identity())),
          a.scores().requirements().stream().collect(Collectors.groupingBy(RequirementResult::forceCode)),
          domains,
          a.scores().lifecycleRisks().stream().collect(Collectors.groupingBy(LifecycleRisk::forceCode)),
          forces.stream().collect(Collectors.groupingBy(ForceScore::rank, Collectors.counting())));
    }
  }

  private FactsheetWriter(Assessment a, Nation nation, ForceScore force, XSSFWorkbook workbook) {
    this.a = a;
    this.nation = nation;
    this.force = force;
    this.workbook = workbook;
    this.styles = new WorkbookStyles(workbook);
    this.labels = new SheetWriter.PageLabels("Interop maturity " + a.year() + ": " + force.name(), a.markingLine());
    XSSFFont titleFont = font(true, false, 14);
    titleStyle = style(titleFont);
    headingStyle = style(font(true, false, 12));
    subtitleStyle = style(font(false, true, 0));
    paragraphStyle = style(workbook.getFontAt(0));
    paragraphStyle.setWrapText(true);
    percentLeft = aligned(styles.percent, HorizontalAlignment.LEFT);
    signedPercentLeft = aligned(styles.signedPercent, HorizontalAlignment.LEFT);
    countCentred = aligned(styles.count, HorizontalAlignment.CENTER);
    textRight = aligned(styles.text, HorizontalAlignment.RIGHT);
    a.code().requirements().forEach(r -> requirements.put(r.id(), r));
    a.code().domains().forEach(d -> domainTitles.put(d.id(), d.title()));
    List<String> order = List.copyOf(requirements.keySet());
    this.results = nation.results().getOrDefault(force.forceCode(), List.of()).stream()
        .sorted(Comparator.comparingInt((RequirementResult r) -> position(order, r.requirementId()))
            .thenComparing(RequirementResult::requirementId))
        .toList();
  }

  /**
   * Writes the factsheet of the force with code {@code forceCode} to {@code file}, creating its
   * folder if need be.
   *
   * @param chartPngs the force's charts as PNG images by name (such as "radar"), shown on the
   *     Summary in the map's order; may be empty
   */
  public static void write(Assessment a, String forceCode, Map<String, byte[]> chartPngs, Path file) throws IOException {
    write(a, Nation.of(a), forceCode, chartPngs, file);
  }

  /**
   * Writes every force's factsheet into {@code dir} (the {@code factsheets/} folder of a year),
   * as {@code <slug>.xlsx}; returns the files in order of force code.
   *
   * @param chartsByForce each force's charts by force code, as for {@link #write}; a force
   *     without an entry gets a factsheet without charts
   */
  public static List<Path> writeAll(Assessment a, Map<String, Map<String, byte[]>> chartsByForce, Path dir)
      throws IOException {
    Nation nation = Nation.of(a);
    Files.createDirectories(dir);
    List<ForceScore> forces = a.scores().forces().stream().sorted(Comparator.comparing(ForceScore::forceCode)).toList();
    // Each factsheet is its own workbook, so they are written side by side; each file is the same
    // whatever the order they finish in.
    int threads = Math.max(1, Math.min(forces.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Path>> files = new ArrayList<>();
      for (ForceScore f : forces) {
        Path file = dir.resolve(f.slug() + ".xlsx");
        Map<String, byte[]> charts = chartsByForce.getOrDefault(f.forceCode(), Map.of());
        files.add(pool.submit(() -> {
          write(a, nation, f.forceCode(), charts, file);
          return file;
        }));
      }
      List<Path> written = new ArrayList<>();
      for (Future<Path> file : files) {
        written.add(file.get());
      }
      return written;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Cannot write the factsheets into " + dir + ": interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("Cannot write the factsheets into " + dir + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(Assessment a, Nation nation, String forceCode, Map<String, byte[]> charts, Path file)
      throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (XSSFWorkbook workbook = build(a, nation, forceCode, charts); OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** The factsheet in memory, for tests that read cells without a file. */
  static XSSFWorkbook build(Assessment a, String forceCode, Map<String, byte[]> charts) {
    return build(a, Nation.of(a), forceCode, charts);
  }

  private static XSSFWorkbook build(Assessment a, Nation nation, String forceCode, Map<String, byte[]> charts) {
    ForceScore force = nation.scores().get(forceCode);
    if (force == null) {
      throw new IllegalArgumentException("Cannot write a factsheet for force '" + forceCode + "': it is not one of the "
          + nation.forces() + " forces assessed in " + a.year() + "; pass a force code such as "
          + nation.scores().keySet().stream().sorted().findFirst().orElse("E23000001"));
    }
    charts.forEach((name, png) -> checkPng(force, name, png));
    XSSFWorkbook workbook = new XSSFWorkbook();
    FactsheetWriter writer = new FactsheetWriter(a, nation, force, workbook);
    writer.summary(charts);
    writer.unmet();
    writer.contradictions();
    writer.lifecycleRisks();
    writer.allRequirements();
    writer.about();
    writer.properties();
    return workbook;
  }

  private static void checkPng(ForceScore force, String name, byte[] png) {
    boolean isPng = png != null && png.length > 24
        && java.util.Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    if (!isPng) {
      throw new IllegalArgumentException("Cannot embed chart '" + name + "' in the factsheet of " + force.forceCode()
          + ": its bytes are not a PNG image (" + (png == null ? "none given" : png.length + " bytes without the PNG signature")
          + "); pass the chart as PNG bytes");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Summary

  private void summary(Map<String, byte[]> charts) {
    XSSFSheet sheet = workbook.createSheet(SUMMARY);
    SheetWriter s = new SheetWriter(sheet, styles);
    for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
      s.maxWidth(c, SUMMARY_WIDTHS[c]);
    }
    s.nextRow();
    spill(sheet, 0, force.name() + ": interop maturity " + a.year(), titleStyle);
    sheet.getRow(0).setHeightInPoints(22);
    s.nextRow();
    spill(sheet, 0, "As at " + LONG_DATE.format(a.asOf()) + " \u00b7 " + force.peerGroup() + " peer group \u00b7 "
        + a.markingLine() + (a.provisional() ? " \u00b7 provisional, for comment" : ""), subtitleStyle);

    s.nextRow();
    s.nextRow();
    spill(sheet, 0, "Level and scores", headingStyle);
    fact(s, "Maturity level", force.maturityLevel(), styles.integerLeft, force.levelName()
        + " (of " + a.code().levels().size() + " levels)");
    boolean joint = nation.forcesAtRank().getOrDefault(force.rank(), 0L) > 1;
    fact(s, "Rank", force.rank(), styles.integerLeft, "of " + nation.forces() + " forces" + (joint ? " (joint)" : ""));
    fact(s, "National quartile", force.quartile(), styles.integerLeft, quarter(force.quartile()) + " of forces");
    fact(s, "Overall score", force.overallScore(), percentLeft, null);
    fact(s, "Peer group median", force.peerMedian(), percentLeft, force.peerGroup());
    fact(s, "Gap to peer group median", Shown.difference(force.gapToPeerMedian()), signedPercentLeft, "percentage points");
    fact(s, "National median", nation.overallMedian(), percentLeft, "all " + nation.forces() + " forces");
    fact(s, "Gap to national median", Shown.difference(force.overallScore() - nation.overallMedian()), signedPercentLeft,
        "percentage points");
    String yearOn = "at " + LONG_DATE.format(a.asOf().plusYears(1)) + " if nothing changes";
    fact(s, "Score a year on", force.nextYearScore(), percentLeft, yearOn);
    fact(s, "Level a year on", force.nextYearLevel(), styles.integerLeft, force.nextYearLevelName());
    a.previousYear().ifPresent(p -> {
      Double before = p.overall().get(force.forceCode());
      if (before == null) {
        s.nextRow();
        s.text(0, "Overall score in " + p.year(), styles.text);
        spill(sheet, 2, "not assessed in " + p.year(), styles.text);
        return;
      }
      fact(s, "Overall score in " + p.year(), before, percentLeft, null);
      fact(s, "Change since " + p.year(), Shown.difference(force.overallScore() - before), signedPercentLeft,
          "percentage points");
      Integer level = p.levels().get(force.forceCode());
      if (level != null) {
        fact(s, "Level in " + p.year(), level, styles.integerLeft, p.levelNames().getOrDefault(level, ""));
      }
    });

    Optional<PreviousYear> previous = a.previousYear();
    List<String> headers = new ArrayList<>(List.of("Domain", "Score", "Peer group median", "National median",
        "Gap to peer median", "Gap to national median"));
    previous.ifPresent(p -> headers.addAll(List.of("Score in " + p.year(), "Change since " + p.year())));
    headers.add("Score a year on");
    int lastColumn = headers.size() - 1;

    s.nextRow();
    s.nextRow();
    spill(sheet, 0, "Headlines", headingStyle);
    List<Integer> headlineRows = new ArrayList<>();
    for (String line : headlines()) {
      s.nextRow();
      int row = sheet.getLastRowNum();
      XSSFCell cell = sheet.getRow(row).createCell(0);
      cell.setCellValue(SafeText.cell("\u2022 " + line));
      cell.setCellStyle(paragraphStyle);
      for (int c = 1; c <= lastColumn; c++) {
        sheet.getRow(row).createCell(c).setCellStyle(paragraphStyle);
      }
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
      headlineRows.add(row);
    }

    s.nextRow();
    // The domain table and the charts start the second page, so the table is never split.
    sheet.setRowBreak(sheet.getLastRowNum());
    s.nextRow();
    spill(sheet, 0, "Domain scores", headingStyle);
    s.headers(headers);
    int tableHeader = sheet.getLastRowNum();
    Map<String, DomainScore> domains = nation.domains().getOrDefault(force.forceCode(), Map.of());
    for (Domain d : a.code().domains()) {
      DomainScore score = domains.get(d.id());
      Double value = score == null ? null : score.score();
      Double national = nation.domainMedians().get(d.id());
      s.nextRow();
      s.text(0, d.title(), styles.wrapped);
      s.number(1, value, styles.percent);
      s.number(2, score == null ? null : score.peerMedian(), styles.percent);
      s.number(3, national, styles.percent);
      s.number(4, score == null ? null : Shown.difference(score.gapToPeerMedian()), styles.signedPercent);
      s.number(5, value == null || national == null ? null : Shown.difference(value - national), styles.signedPercent);
      int c = 6;
      if (previous.isPresent()) {
        Double before = previous.get().domainScores().get(force.forceCode() + "|" + d.id());
        s.number(c++, before, styles.percent);
        s.number(c++, value == null || before == null ? null : Shown.difference(value - before), styles.signedPercent);
      }
      s.number(c, score == null ? null : score.nextYearScore(), styles.percent);
    }
    int tableLast = sheet.getLastRowNum();

    int chartsRow = -1;
    if (!charts.isEmpty()) {
      s.nextRow();
      s.nextRow();
      spill(sheet, 0, charts.size() == 1 ? "Chart" : "Charts", headingStyle);
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
    double lineChars = 0;
    for (int c = 0; c <= lastColumn; c++) {
      lineChars += sheet.getColumnWidth(c) / 256.0;
    }
    for (int row : headlineRows) {
      String text = sheet.getRow(row).getCell(0).getStringCellValue();
      int lines = Math.max(1, (int) Math.ceil(text.length() / (lineChars * TEXT_PER_DIGIT_WIDTH)));
      sheet.getRow(row).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
    }
    if (chartsRow >= 0) {
      pictures(sheet, charts, chartsRow, lastColumn);
    }
  }

  /** A labelled value of the Summary, with a note in words beside it. */
  private void fact(SheetWriter s, String label, double value, XSSFCellStyle style, String note) {
    s.nextRow();
    s.text(0, label, styles.text);
    s.number(1, value, style);
    if (note != null && !note.isEmpty()) {
      spill(s, note);
    }
  }

  private void spill(SheetWriter s, String note) {
    XSSFSheet sheet = workbook.getSheet(SUMMARY);
    spill(sheet, 2, note, styles.text);
  }

  /**
   * Text in the current (last) row that may run on over the empty cells to its right, left out of
   * the column's width: titles, notes and sentences that would otherwise widen a table column.
   */
  private void spill(XSSFSheet sheet, int column, String text, XSSFCellStyle style) {
    String clean = SafeText.cell(text);
    XSSFCell cell = sheet.getRow(sheet.getLastRowNum()).createCell(column);
    cell.setCellValue(clean);
    cell.setCellStyle(SafeText.looksLikeFormula(clean) ? styles.quoted(style) : style);
  }

  /**
   * Each chart below the domain table, one under another, at most as wide as the table and
   * keeping its proportions; anchored to the cells so it moves with them but is never stretched.
   */
  private void pictures(XSSFSheet sheet, Map<String, byte[]> charts, int firstRow, int lastColumn) {
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
      int[] size = pngSize(png);
      double scale = Math.min(1.0, Math.min((double) maxWidth / size[0], (double) CHART_MAX_HEIGHT_PX / size[1]));
      double width = size[0] * scale;
      double height = size[1] * scale;
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
      properties.setDescr("Chart '" + chart.getKey() + "' of " + force.name() + ", " + a.year());
      row += rows + 2;
    }
  }

  /** Width and height in pixels, from the PNG's header chunk. */
  private static int[] pngSize(byte[] png) {
    java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
    return new int[] {Math.max(1, header.getInt()), Math.max(1, header.getInt())};
  }

  /** The headline sentences of the force, built from its numbers, in the order a reader wants them. */
  List<String> headlines() {
    List<String> lines = new ArrayList<>();
    boolean joint = nation.forcesAtRank().getOrDefault(force.rank(), 0L) > 1;
    lines.add(force.name() + " is at maturity level " + force.maturityLevel() + " of " + a.code().levels().size()
        + ", " + force.levelName() + ", and ranks " + (joint ? "joint " : "") + ordinal(force.rank()) + " of "
        + nation.forces() + " forces, in the " + quarter(force.quartile()) + ".");
    lines.add("Its overall score of " + Shown.percent(force.overallScore()) + " is "
        + compared(force.overallScore() - force.peerMedian()) + " the median of its peer group, " + force.peerGroup()
        + " (" + Shown.percent(force.peerMedian()) + "), and " + compared(force.overallScore() - nation.overallMedian())
        + " the national median (" + Shown.percent(nation.overallMedian()) + ").");

    Map<String, DomainScore> domains = nation.domains().getOrDefault(force.forceCode(), Map.of());
    List<DomainScore> scored = a.code().domains().stream().map(d -> domains.get(d.id()))
        .filter(d -> d != null && d.score() != null).toList();
    if (scored.size() > 1) {
      Comparator<DomainScore> byScore = Comparator.comparingDouble(DomainScore::score);
      DomainScore strongest = scored.stream().max(byScore).orElseThrow();
      DomainScore weakest = scored.stream().min(byScore).orElseThrow();
      if (strongest.score() - weakest.score() > 1e-9) {
        lines.add("Its strongest domain is " + domainTitles.get(strongest.domainId()) + " ("
            + Shown.percent(strongest.score()) + ") and its weakest " + domainTitles.get(weakest.domainId()) + " ("
            + Shown.percent(weakest.score()) + nationalGap(weakest) + ").");
      }
    }

    Map<Status, Long> byStatus = results.stream()
        .collect(Collectors.groupingBy(RequirementResult::status, () -> new java.util.EnumMap<>(Status.class),
            Collectors.counting()));
    long applicable = results.size() - byStatus.getOrDefault(Status.NOT_APPLICABLE, 0L);
    long unmet = unmetResults().size();
    if (unmet == 0) {
      lines.add("It meets every one of the " + applicable + " requirements that apply to it.");
    } else {
      List<String> parts = new ArrayList<>();
      for (Status status : List.of(Status.NOT_MET, Status.PARTIAL, Status.NO_EVIDENCE)) {
        long n = byStatus.getOrDefault(status, 0L);
        if (n > 0) {
          parts.add(n + " " + switch (status) {
            case NOT_MET -> "not met";
            case PARTIAL -> "partly met";
            default -> "without evidence";
          });
        }
      }
      lines.add(unmet + " of the " + applicable + " requirements that apply to it are not fully met ("
          + String.join(", ", parts) + "); the " + UNMET + " sheet lists them worst first, with the reasons.");
    }

    List<RequirementResult> contradicted = contradictedResults();
    if (!contradicted.isEmpty()) {
      lines.add("On " + contradicted.size() + (contradicted.size() == 1 ? " requirement" : " requirements")
          + " its self-assessment claims more than its evidence shows ("
          + contradicted.stream().map(RequirementResult::requirementId).collect(Collectors.joining(", ")) + ").");
    }

    List<LifecycleRisk> risks = risks();
    long passing = risks.stream().filter(LifecycleRisk::passesWithinYear).count();
    long out = risks.size() - passing;
    boolean lower = force.nextYearScore() < force.overallScore() - 1e-9;
    if (!risks.isEmpty() || lower) {
      String systems = out + (out == 1 ? " system is" : " systems are") + " out of support and " + passing
          + (passing == 1 ? " passes" : " pass") + " end of support by " + LONG_DATE.format(a.asOf().plusYears(1));
      String yearOn = lower
          ? "if nothing changes, its score a year on falls to " + Shown.percent(force.nextYearScore())
              + (force.nextYearLevel() < force.maturityLevel()
                  ? " and its level to " + force.nextYearLevel() + ", " + force.nextYearLevelName() : "")
          : "its score a year on is unchanged";
      lines.add(risks.isEmpty() ? capitalise(yearOn) + "." : capitalise(systems) + "; " + yearOn + ".");
    }

    a.previousYear().ifPresent(p -> {
      Double before = p.overall().get(force.forceCode());
      if (before == null) {
        lines.add("It was not assessed in " + p.year() + ", so there is no change to show.");
        return;
      }
      Integer level = p.levels().get(force.forceCode());
      String levelChange = level == null || level == force.maturityLevel()
          ? "its level is unchanged"
          : "its level " + (level < force.maturityLevel() ? "rose" : "fell") + " from " + level + ", "
              + p.levelNames().getOrDefault(level, "?") + ", to " + force.maturityLevel() + ", " + force.levelName();
      lines.add("Since " + p.year() + " its overall score has " + change(force.overallScore() - before) + " ("
          + Shown.percent(before) + " then); " + levelChange + ".");
    });
    return lines;
  }

  private String nationalGap(DomainScore domain) {
    Double national = nation.domainMedians().get(domain.domainId());
    return national == null ? "" : ", " + compared(domain.score() - national) + " the national median of "
        + Shown.percent(national);
  }

  // ---------------------------------------------------------------------------------------------
  // The tables

  /** Every applicable requirement not met in full: not met first, then without evidence, then partly met. */
  private List<RequirementResult> unmetResults() {
    return results.stream()
        .filter(r -> r.status() != Status.MET && r.status() != Status.NOT_APPLICABLE)
        .sorted(Comparator.comparingInt((RequirementResult r) -> severity(r.status()))
            .thenComparing(RequirementResult::score, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static int severity(Status status) {
    return switch (status) {
      case NOT_MET -> 0;
      case NO_EVIDENCE -> 1;
      case PARTIAL -> 2;
      case MET -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }

  private List<RequirementResult> contradictedResults() {
    return results.stream().filter(r -> r.crossCheck() == CrossCheck.CONTRADICTED).toList();
  }

  private List<LifecycleRisk> risks() {
    return nation.risks().getOrDefault(force.forceCode(), List.of()).stream()
        .sorted(Comparator.comparing(LifecycleRisk::endOfSupport, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LifecycleRisk::assetId))
        .toList();
  }

  private void unmet() {
    SheetWriter s = new SheetWriter(workbook.createSheet(UNMET), styles);
    List<String> headers = List.of("Requirement", "Title", "Domain", "Status", "Score", "Measure", "Evidence rows",
        "Reason");
    s.maxWidth(1, TITLE_WIDTH);
    s.maxWidth(2, 24);
    s.maxWidth(7, REASON_WIDTH);
    s.headers(headers);
    List<RequirementResult> unmet = unmetResults();
    for (RequirementResult r : unmet) {
      Requirement requirement = requirements.get(r.requirementId());
      s.nextRow();
      s.text(0, r.requirementId(), styles.text);
      s.text(1, requirement == null ? "" : requirement.title(), styles.wrapped);
      s.text(2, domainTitles.getOrDefault(r.domainId(), r.domainId()), styles.wrapped);
      s.text(3, Palette.words(r.status()), styles.statusText(r.status()));
      s.number(4, r.score(), styles.percent);
      s.text(5, measure(requirement, r.measureValue()), textRight);
      s.number(6, r.evidenceCount(), countCentred);
      s.text(7, reason(r), styles.wrapped);
    }
    if (unmet.isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      s.text(1, "Every requirement that applies to the force is met.", styles.wrapped);
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void contradictions() {
    SheetWriter s = new SheetWriter(workbook.createSheet(CONTRADICTIONS), styles);
    List<String> headers = List.of("Requirement", "Title", "Question", "Self-reported answer", "Evidence measure",
        "Evidence status", "Reason");
    s.maxWidth(1, 40);
    s.maxWidth(2, 40);
    s.maxWidth(6, REASON_WIDTH);
    s.headers(headers);
    List<RequirementResult> contradicted = contradictedResults();
    for (RequirementResult r : contradicted) {
      Requirement requirement = requirements.get(r.requirementId());
      Optional<Question> question = requirement == null || requirement.crossCheckQuestion() == null
          ? Optional.empty() : a.code().question(requirement.crossCheckQuestion());
      s.nextRow();
      s.text(0, r.requirementId(), styles.text);
      s.text(1, requirement == null ? "" : requirement.title(), styles.wrapped);
      s.text(2, question.map(q -> q.id() + ": " + q.text()).orElse(""), styles.wrapped);
      s.text(3, r.selfReported() == null ? "" : answer(question.orElse(null), r.selfReported()), styles.text);
      s.text(4, measure(requirement, r.measureValue()), textRight);
      s.text(5, Palette.words(r.status()), styles.statusText(r.status()));
      s.text(6, reason(r), styles.wrapped);
    }
    if (contradicted.isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      s.text(1, "No self-assessment answer claims more than the evidence shows.", styles.wrapped);
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void lifecycleRisks() {
    SheetWriter s = new SheetWriter(workbook.createSheet(LIFECYCLE), styles);
    List<String> headers = List.of("Asset", "Category", "Vendor", "Product", "Version", "End of support",
        "Support at " + LONG_DATE.format(a.asOf()), "Requirements lowered a year on");
    s.maxWidth(3, 40);
    s.maxWidth(7, 40);
    s.headers(headers);
    List<LifecycleRisk> risks = risks();
    for (LifecycleRisk risk : risks) {
      s.nextRow();
      s.text(0, risk.assetId(), styles.text);
      s.text(1, risk.category(), styles.text);
      s.text(2, risk.vendor(), styles.text);
      s.text(3, risk.product(), styles.wrapped);
      s.text(4, risk.version(), styles.text);
      if (risk.endOfSupport() == null) {
        s.text(5, "", styles.text);
      } else {
        s.date(5, risk.endOfSupport(), styles.date);
      }
      s.text(6, risk.passesWithinYear() ? "In support; ends within the year" : "Out of support", styles.text);
      s.text(7, String.join(", ", risk.requirementIds()), styles.wrapped);
    }
    if (risks.isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      spillRow(s, 1, "No system of the force is out of support or passes end of support by "
          + LONG_DATE.format(a.asOf().plusYears(1)) + ".");
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void spillRow(SheetWriter s, int column, String text) {
    XSSFSheet sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
    spill(sheet, column, text, styles.text);
  }

  /**
   * Every result of the force in the order of the code. Narrower than the national results sheet
   * so that it prints legibly one page wide: the measure in its unit's words, the method with its
   * parameters, the self-reported answer in its question's terms.
   */
  private void allRequirements() {
    SheetWriter s = new SheetWriter(workbook.createSheet(ALL), styles);
    Optional<PreviousYear> previous = a.previousYear();
    List<String> headers = new ArrayList<>(List.of("Requirement", "Title", "Domain", "Weight", "Measure", "Score",
        "Status", "Evidence rows", "Method", "Reason", "Cross-check", "Self-reported answer"));
    previous.ifPresent(p -> headers.addAll(List.of("Score in " + p.year(), "Change since " + p.year())));
    headers.addAll(List.of("Score a year on", "Status a year on", "Reason a year on", "Systems leaving support"));
    int yearOn = headers.indexOf("Score a year on");
    int[] widths = {12, 36, 16, 7, 10, 7, 12, 9, 22, 48, 12, 13};
    for (int c = 0; c < widths.length; c++) {
      s.maxWidth(c, widths[c]);
    }
    for (int c = widths.length; c < yearOn; c++) {
      s.maxWidth(c, 11);
    }
    s.maxWidth(yearOn, 9);
    s.maxWidth(yearOn + 1, 12);
    s.maxWidth(yearOn + 2, 40);
    s.maxWidth(yearOn + 3, 16);
    s.headers(headers);
    for (RequirementResult r : results) {
      Requirement requirement = requirements.get(r.requirementId());
      Optional<Question> question = requirement == null || requirement.crossCheckQuestion() == null
          ? Optional.empty() : a.code().question(requirement.crossCheckQuestion());
      s.nextRow();
      s.text(0, r.requirementId(), styles.text);
      s.text(1, requirement == null ? "" : requirement.title(), styles.wrapped);
      s.text(2, domainTitles.getOrDefault(r.domainId(), r.domainId()), styles.wrapped);
      s.number(3, requirement == null ? null : requirement.weight(), styles.number);
      s.text(4, measure(requirement, r.measureValue()), textRight);
      s.number(5, r.score(), styles.percent);
      s.text(6, Palette.words(r.status()), styles.statusText(r.status()));
      s.number(7, r.evidenceCount(), countCentred);
      String parameters = Objects.requireNonNullElse(r.parameters(), "");
      s.text(8, Objects.requireNonNullElse(r.method(), "") + (parameters.isEmpty() ? "" : ": " + parameters),
          styles.wrapped);
      s.text(9, reason(r), styles.wrapped);
      s.text(10, Palette.words(r.crossCheck()), styles.text);
      s.text(11, r.selfReported() == null ? "" : answer(question.orElse(null), r.selfReported()), textRight);
      int c = 12;
      if (previous.isPresent()) {
        Double before = previous.get().requirementScores().get(force.forceCode() + "|" + r.requirementId());
        s.number(c++, before, styles.percent);
        s.number(c++, before == null || r.score() == null ? null : Shown.difference(r.score() - before), styles.signedPercent);
      }
      s.number(c, r.nextYearScore(), styles.percent);
      if (r.lookAhead() != null) {
        s.text(c + 1, Palette.words(r.lookAhead().status()), styles.statusText(r.lookAhead().status()));
        s.text(c + 2, r.lookAhead().reason(), styles.wrapped);
        s.text(c + 3, String.join(", ", r.lookAhead().systemsLeaving()), styles.wrapped);
      }
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
    // The narrow columns' headers wrap by word, which can take a line more than their length suggests.
    XSSFSheet sheet = workbook.getSheet(ALL);
    sheet.getRow(0).setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
  }

  private void about() {
    SheetWriter s = new SheetWriter(workbook.createSheet(ABOUT), styles);
    s.maxWidth(1, 80);
    s.headers(List.of("Item", "Value"));
    s.item("Factsheet", "The interop maturity of " + force.name() + " against " + a.code().title() + ", "
        + a.year() + ": its level, its scores against its peer group and all forces, the requirements it has not met "
        + "and why, where its self-assessment and evidence disagree, and the systems that lower its score a year on.");
    s.item("Status", a.provisional() ? PROVISIONAL : "Final");
    s.item("Purpose", a.provisional()
        ? "Sent to the force for comment before publication: please check the evidence rows and reasons, and say "
            + "where they are wrong or incomplete. The results may change before they are published."
        : "The published results for the force; the national figures are in interop-maturity-" + a.year() + ".xlsx.");
    s.item("Force", force.name());
    s.item("Force code", force.forceCode());
    List<String> peers = nation.scores().values().stream().filter(f -> f.peerGroup().equals(force.peerGroup()))
        .map(ForceScore::name).sorted().toList();
    s.item("Peer group", force.peerGroup() + " (" + peers.size() + (peers.size() == 1 ? " force" : " forces")
        + "): " + String.join("; ", peers));
    s.item("Year", a.year());
    s.nextRow();
    s.text(0, "As at", styles.text);
    s.date(1, a.asOf(), styles.date);
    s.item("Protective marking", a.marking());
    s.item("Network code", a.code().id());
    s.item("Code version", a.code().version());
    s.item("Code title", a.code().title());
    s.item("Maturity levels", a.code().levels().stream()
        .map(l -> l.level() + " " + l.name() + " from " + Shown.percent(l.minScore())
            + (l.minDomainScore() == null ? "" : " with every domain at least " + Shown.percent(l.minDomainScore())))
        .collect(Collectors.joining("; ")));
    s.item("Change since last year", a.previousYear()
        .map(p -> "Compared with " + p.year() + ": " + p.source())
        .orElse("Not shown: no earlier results could be compared with"));
    s.item("Scores", "Fractions of the full score, shown as percentages (0% to 100%); gaps and changes are "
        + "differences in percentage points");
    s.item("Medians", "Peer group median: the median of the forces of the peer group, this force included. "
        + "National median: the median of all " + nation.forces() + " forces");
    s.item("A year on", "The scores at " + LONG_DATE.format(a.asOf().plusYears(1)) + " if nothing changes: "
        + "systems passing end of support within the year count as out of support");
    s.item(UNMET, "Requirements partly met, not met or without evidence, not met first, each with the rows "
        + "of evidence behind its measure and the reason for its score; requirements that do not apply to the force "
        + "are only in " + ALL);
    s.finish(0, 0, 1, false, labels);
    s.onOnePage();
  }

  private void properties() {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle("Interop maturity factsheet " + a.year() + ": " + force.name());
    core.setSubjectProperty(force.name() + " against " + a.code().label());
    core.setCreator(CREATOR);
    core.setCategory(a.markingLine());
    core.setDescription("As at " + LONG_DATE.format(a.asOf()) + "; " + a.markingLine()
        + (a.provisional() ? "; " + PROVISIONAL : ""));
    Optional<Date> asOf = Optional.of(Date.from(a.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(asOf);
    core.setModified(asOf);
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  /** The reason, with how missing evidence was scored when it was. */
  private static String reason(RequirementResult r) {
    String reason = Objects.requireNonNullElse(r.reason(), "");
    return r.missingHandling() == null || r.missingHandling().isEmpty() ? reason : reason + "; " + r.missingHandling();
  }

  /** A measure in its unit's words: "74%", "12 days"; empty when there is none. */
  private static String measure(Requirement requirement, Double value) {
    if (value == null || value.isNaN()) {
      return "";
    }
    Unit unit = requirement == null || requirement.evidence() == null ? Unit.NUMBER : requirement.evidence().unit();
    return unit.format(value);
  }

  /** A self-reported answer in its question's terms: "yes", "3 of 4", "80%", the option chosen. */
  static String answer(Question question, double value) {
    if (question == null) {
      return Unit.NUMBER.format(value);
    }
    return switch (question.type()) {
      case YES_NO -> value != 0 ? "yes" : "no";
      case LIKERT_0_4 -> Unit.NUMBER.format(value) + " of 4";
      case PERCENT -> Unit.PERCENT.format(value);
      case NUMBER -> Unit.NUMBER.format(value);
      case CHOICE -> {
        int i = (int) Math.round(value);
        yield i >= 0 && i < question.options().size() ? question.options().get(i) : Unit.NUMBER.format(value);
      }
    };
  }



  /** "12 points above", "1 point below", "level with". */
  static String compared(double difference) {
    long p = Shown.wholePercent(difference);
    if (p == 0) {
      return "level with";
    }
    return Math.abs(p) + (Math.abs(p) == 1 ? " point " : " points ") + (p > 0 ? "above" : "below");
  }

  /** "risen 3 points", "fallen 1 point", "not changed". */
  static String change(double difference) {
    long p = Shown.wholePercent(difference);
    if (p == 0) {
      return "not changed";
    }
    return (p > 0 ? "risen " : "fallen ") + Math.abs(p) + (Math.abs(p) == 1 ? " point" : " points");
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  static String quarter(int quartile) {
    return switch (quartile) {
      case 1 -> "top quarter";
      case 2 -> "second quarter";
      case 3 -> "third quarter";
      case 4 -> "bottom quarter";
      default -> "quartile " + quartile;
    };
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static int position(List<String> order, String id) {
    int i = order.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  // ---------------------------------------------------------------------------------------------
  // Styles of the Summary's titles, created once a workbook like the shared ones

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

  private XSSFCellStyle aligned(XSSFCellStyle shared, HorizontalAlignment alignment) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(shared);
    style.setAlignment(alignment);
    return style;
  }

  private XSSFCellStyle style(XSSFFont font) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setAlignment(HorizontalAlignment.LEFT);
    return style;
  }
}
