package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.inspectorate.interop.results.Fixtures.ALPHA;
import static uk.inspectorate.interop.results.Fixtures.CHARLIE;
import static uk.inspectorate.interop.results.Fixtures.DELTA;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_FORCE;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_NAME;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.Results;
import org.junit.jupiter.api.io.TempDir;

/**
 * Force factsheets written from {@link Fixtures#withPreviousYear()} (and the plain small
 * assessment where last year does not matter) and read back with POI. The expected numbers are
 * worked out by hand in the fixture's comment.
 */
class FactsheetWriterTest {
  @TempDir
  static Path dir;
  static byte[] png;
  /** Alpha's factsheet, with a chart and last year's results. */
  static XSSFWorkbook alpha;

  @BeforeAll
  static void writeOnce() throws IOException {
    png = png(48, 27);
    Path file = dir.resolve("alpha.xlsx");
    FactsheetWriter.write(Results.of(Fixtures.withPreviousYear()), ALPHA, Map.of("radar", png), file);
    alpha = read(file);
  }

  @Test
  void hasTheSheetsInReadingOrder() {
    List<String> names = IntStream.range(0, alpha.getNumberOfSheets()).mapToObj(alpha::getSheetName).toList();
    assertThat(names).containsExactly(FactsheetWriter.SUMMARY, FactsheetWriter.UNMET, FactsheetWriter.CONTRADICTIONS,
        FactsheetWriter.LIFECYCLE, FactsheetWriter.ALL, FactsheetWriter.ABOUT);
  }

  @Test
  void summaryGivesLevelRankAndScoresAgainstPeersAndTheNation() {
    Sheet summary = alpha.getSheet(FactsheetWriter.SUMMARY);
    assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Alpha Police: interop maturity 2025");
    assertThat(fact(summary, "Maturity level")).containsExactly("3", "Defined (of 4 levels)");
    assertThat(fact(summary, "Rank")).containsExactly("1", "of 4 forces");
    assertThat(fact(summary, "National quartile")).containsExactly("1", "top quarter of forces");
    // Alpha 0.975; peers Alpha and =HYPERLINK: median (0.975 + 0.5) / 2; nation 0, 0.5, 0.5, 0.975: median 0.5.
    assertThat(number(summary, "Overall score")).isEqualTo(0.975);
    assertThat(number(summary, "Peer group median")).isEqualTo(0.7375);
    assertThat(number(summary, "Gap to peer group median")).isEqualTo(0.238); // 0.2375 as shown, to a tenth of a point
    assertThat(number(summary, "National median")).isEqualTo(0.5);
    assertThat(number(summary, "Gap to national median")).isCloseTo(0.475, within(1e-12));
    assertThat(number(summary, "Score a year on")).isEqualTo(0.75);
    assertThat(fact(summary, "Level a year on")).containsExactly("3", "Defined");
    assertThat(number(summary, "Overall score in 2024")).isEqualTo(0.8);
    assertThat(number(summary, "Change since 2024")).isCloseTo(0.175, within(1e-12));
    assertThat(fact(summary, "Level in 2024")).containsExactly("2", "Developing");
    assertThat(fact(summary, "Overall score")).containsExactly("97.5%");
    assertThat(fact(summary, "Gap to national median").get(0)).isEqualTo("+47.5%");
  }

  @Test
  void aSharedRankSaysJoint() throws IOException {
    try (XSSFWorkbook charlie = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), CHARLIE, Map.of())) {
      assertThat(fact(charlie.getSheet(FactsheetWriter.SUMMARY), "Rank")).containsExactly("2", "of 4 forces (joint)");
      assertThat(headlines(charlie).get(0))
          .isEqualTo("Charlie Constabulary is at maturity level 2 of 4, Developing, and ranks joint 2nd of 4 forces, "
              + "in the top quarter.");
    }
  }

  @Test
  void headlinesAreSentencesBuiltFromTheNumbers() {
    assertThat(headlines(alpha)).containsExactly(
        "Alpha Police is at maturity level 3 of 4, Defined, and ranks 1st of 4 forces, in the top quarter.",
        "Its overall score of 98% is 24 points above the median of its peer group, Small mixed and urban (74%), "
            + "and 48 points above the national median (50%).",
        "Its strongest domain is Information sharing (100%) and its weakest Data standards (95%, 45 points above "
            + "the national median of 50%).",
        "2 of the 4 requirements that apply to it are not fully met (1 partly met, 1 without evidence); the Unmet "
            + "requirements sheet lists them worst first, with the reasons.",
        "1 system is out of support and 1 passes end of support by 31 March 2026; if nothing changes, its score a "
            + "year on falls to 75%.",
        "Since 2024 its overall score has risen 18 points (80% then); its level rose from 2, Developing, to 3, "
            + "Defined.");
  }

  @Test
  void headlinesSpanTheTableWithoutWideningItsFirstColumn() {
    XSSFSheet summary = alpha.getSheet(FactsheetWriter.SUMMARY);
    int row = rowOf(summary, "Headlines") + 1;
    assertThat(summary.getMergedRegions()).contains(new CellRangeAddress(row, row, 0, 8));
    assertThat(summary.getRow(row).getCell(0).getCellStyle().getWrapText()).isTrue();
    assertThat(summary.getColumnWidth(0) / 256).isLessThanOrEqualTo(32);
  }

  @Test
  void domainTableComparesEachDomainWithPeersTheNationAndLastYear() {
    Sheet summary = alpha.getSheet(FactsheetWriter.SUMMARY);
    int header = rowOf(summary, "Domain");
    assertThat(texts(summary.getRow(header))).containsExactly("Domain", "Score", "Peer group median",
        "National median", "Gap to peer median", "Gap to national median", "Score in 2024", "Change since 2024",
        "Score a year on");
    // DAT: Alpha 0.95, peers 0.725, nation median of 0.95, 0.5, 0.5, 0 = 0.5, 2024 0.7, a year on (1 + 0) / 2.
    assertThat(numbers(summary.getRow(header + 1), 1, 8)).containsExactly(0.95, 0.725, 0.5, 0.225, 0.45, 0.7, 0.25,
        0.5);
    assertThat(summary.getRow(header + 2).getCell(0).getStringCellValue()).isEqualTo("Information sharing");
    // SHR: its requirements are not last year's (neither had a score then), so last year's 0.9 is not compared
    assertThat(numbers(summary.getRow(header + 2), 1, 5)).containsExactly(1.0, 0.75, 0.5, 0.25, 0.5);
    assertThat(summary.getRow(header + 2).getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    assertThat(summary.getRow(header + 2).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    assertThat(summary.getRow(header + 2).getCell(8).getNumericCellValue()).isEqualTo(1.0);
    assertThat(summary.getRow(header + 1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");
    assertThat(((XSSFSheet) summary).getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo(new CellRangeAddress(header, header + 2, 0, 8).formatAsString());
  }

  @Test
  void withoutLastYearTheSummaryHasNoChangeColumnsOrRows() throws IOException {
    try (XSSFWorkbook book = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), ALPHA, Map.of())) {
      Sheet summary = book.getSheet(FactsheetWriter.SUMMARY);
      assertThat(texts(summary.getRow(rowOf(summary, "Domain")))).doesNotContain("Score in 2024")
          .endsWith("Score a year on");
      assertThat(rowOf(summary, "Change since 2024")).isNegative();
      assertThat(headlines(book)).noneMatch(h -> h.startsWith("Since"));
      assertThat(book.getSheet(FactsheetWriter.SUMMARY).getDrawingPatriarch()).isNull();
    }
  }

  @Test
  void unmetRequirementsAreListedWorstFirstWithTheirReasons() throws IOException {
    Sheet unmet = alpha.getSheet(FactsheetWriter.UNMET);
    assertThat(texts(unmet.getRow(0))).containsExactly("Requirement", "Title", "Domain", "Status", "Score", "Measure",
        "Evidence rows", "Reason");
    assertThat(unmet.getLastRowNum()).isEqualTo(2);
    Row first = unmet.getRow(1);
    assertThat(first.getCell(0).getStringCellValue()).isEqualTo("SHR-02");
    assertThat(first.getCell(1).getStringCellValue()).isEqualTo("-Safeguarding partners share data under signed agreements");
    assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(first.getCell(3).getStringCellValue()).isEqualTo("No evidence");
    assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
    assertThat(first.getCell(7).getStringCellValue()).isEqualTo("no rows match this requirement");
    Row second = unmet.getRow(2);
    assertThat(second.getCell(0).getStringCellValue()).isEqualTo("DAT-02");
    assertThat(second.getCell(3).getStringCellValue()).isEqualTo("Partial");
    assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(0.9);
    assertThat(second.getCell(5).getStringCellValue()).isEqualTo("0.74");
    assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(40.0);
    assertThat(second.getCell(7).getStringCellValue()).isEqualTo("measured 0.74 from 40 rows");

    // Not met before no evidence before partial; a requirement that does not apply is left out.
    try (XSSFWorkbook charlie = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), CHARLIE, Map.of());
        XSSFWorkbook delta = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), DELTA, Map.of())) {
      assertThat(column(charlie.getSheet(FactsheetWriter.UNMET), 0)).containsExactly("SHR-01", "DAT-01", "DAT-02");
      assertThat(column(delta.getSheet(FactsheetWriter.UNMET), 0)).containsExactly("DAT-01", "DAT-02", "SHR-01");
      assertThat(column(delta.getSheet(FactsheetWriter.UNMET), 3)).containsOnly("Not met");
    }
  }

  @Test
  void contradictionsShowTheClaimBesideTheEvidence() throws IOException {
    try (XSSFWorkbook book = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), FORMULA_FORCE, Map.of())) {
      Sheet sheet = book.getSheet(FactsheetWriter.CONTRADICTIONS);
      assertThat(texts(sheet.getRow(0))).containsExactly("Requirement", "Title", "Question", "Self-reported answer",
          "Evidence measure", "Evidence status", "Reason");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(texts(sheet.getRow(1))).containsExactly("DAT-01", "Core records systems hold POLE-structured data",
          "Q1: How much of your records data is POLE-structured?", "4 of 4", "0.6", "Partial",
          "measured 0.6 from 10 rows");
      assertThat(headlines(book)).contains("On 1 requirement its self-assessment claims more than its evidence "
          + "shows (DAT-01).");
    }
    Sheet none = alpha.getSheet(FactsheetWriter.CONTRADICTIONS);
    assertThat(none.getLastRowNum()).isEqualTo(1);
    assertThat(none.getRow(1).getCell(0).getStringCellValue()).isEqualTo("None");
  }

  @Test
  void lifecycleRisksListTheForcesSystemsByEndOfSupport() {
    Sheet sheet = alpha.getSheet(FactsheetWriter.LIFECYCLE);
    assertThat(texts(sheet.getRow(0))).containsExactly("Asset", "Category", "Vendor", "Product", "Version",
        "End of support", "Support at 31 March 2025", "Requirements lowered a year on");
    assertThat(column(sheet, 0)).containsExactly("A-1", "A-2");
    Row passing = sheet.getRow(2);
    assertThat(passing.getCell(3).getStringCellValue()).isEqualTo("=Records suite");
    assertThat(passing.getCell(3).getCellType()).isEqualTo(CellType.STRING);
    assertThat(passing.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(passing.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(passing.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(passing.getCell(6).getStringCellValue()).isEqualTo("In support; ends within the year");
    assertThat(passing.getCell(7).getStringCellValue()).isEqualTo("DAT-02");
    assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Out of support");
  }

  @Test
  void allRequirementsCarryLastYearAndTheYearOn() {
    Sheet sheet = alpha.getSheet(FactsheetWriter.ALL);
    List<String> headers = texts(sheet.getRow(0));
    assertThat(headers).containsExactly("Requirement", "Title", "Domain", "Weight", "Measure", "Score", "Status",
        "Evidence rows", "Method", "Reason", "Cross-check", "Self-reported answer", "Score in 2024",
        "Change since 2024", "Score a year on", "Status a year on", "Reason a year on", "Systems leaving support");
    assertThat(column(sheet, 0)).containsExactly("DAT-01", "DAT-02", "SHR-01", "SHR-02");
    Row datOne = sheet.getRow(1);
    assertThat(texts(datOne)).containsExactly("DAT-01", "Core records systems hold POLE-structured data",
        "Data standards", "0.95", "Met", "threshold: met=0.9; partial=0.5", "measured 0.95 from 20 rows", "Agrees",
        "4 of 4");
    Row datTwo = sheet.getRow(2);
    assertThat(datTwo.getCell(5).getNumericCellValue()).isEqualTo(0.9);
    assertThat(datTwo.getCell(7).getNumericCellValue()).isEqualTo(40.0);
    assertThat(datTwo.getCell(12).getNumericCellValue()).isEqualTo(0.5);
    assertThat(datTwo.getCell(13).getNumericCellValue()).isCloseTo(0.4, within(1e-12));
    assertThat(datTwo.getCell(14).getNumericCellValue()).isEqualTo(0.0);
    assertThat(datTwo.getCell(15).getStringCellValue()).isEqualTo("Not met");
    assertThat(datTwo.getCell(16).getStringCellValue()).isEqualTo("measured 0.1 from 40 rows a year on");
    assertThat(datTwo.getCell(17).getStringCellValue()).isEqualTo("A-2");
    assertThat(sheet.getRow(4).getCell(12).getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void theChartIsEmbeddedOnTheSummaryBelowTheDomainTable() {
    XSSFSheet summary = alpha.getSheet(FactsheetWriter.SUMMARY);
    List<XSSFShape> shapes = summary.getDrawingPatriarch().getShapes();
    assertThat(shapes).hasSize(1).first().isInstanceOf(XSSFPicture.class);
    XSSFPicture picture = (XSSFPicture) shapes.get(0);
    assertThat(picture.getPictureData().getData()).isEqualTo(png);
    assertThat(picture.getPictureData().getMimeType()).isEqualTo("image/png");
    assertThat(picture.getClientAnchor().getRow1()).isGreaterThan(rowOf(summary, "Information sharing"));
    assertThat(picture.getClientAnchor().getCol1()).isZero();
    assertThat(picture.getCTPicture().getNvPicPr().getCNvPr().getDescr()).isEqualTo("Chart 'radar' of Alpha Police, 2025");
  }

  @Test
  void aChartThatIsNotAPngOrAnUnknownForceIsRefusedWithTheFix() {
    assertThatThrownBy(() -> FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), ALPHA,
        Map.of("radar", "<svg/>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot embed chart 'radar' in the factsheet of E23000001: its bytes are not a PNG image "
            + "(6 bytes without the PNG signature); pass the chart as PNG bytes");
    assertThatThrownBy(() -> FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), "E23000099", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot show the results of force 'E23000099': it is not one of the 4 forces assessed in 2025; "
            + "give a force code such as E23000001");
  }

  @Test
  void formulaLikeTextIsStoredAsQuotedTextAndNoCellIsAFormula() throws IOException {
    try (XSSFWorkbook book = FactsheetWriter.build(Results.of(Fixtures.smallAssessment()), FORMULA_FORCE, Map.of())) {
      Cell title = book.getSheet(FactsheetWriter.SUMMARY).getRow(0).getCell(0);
      assertThat(title.getStringCellValue()).isEqualTo(FORMULA_NAME + ": interop maturity 2025");
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      Row force = book.getSheet(FactsheetWriter.ABOUT).getRow(rowOf(book.getSheet(FactsheetWriter.ABOUT), "Force"));
      assertThat(force.getCell(1).getStringCellValue()).isEqualTo(FORMULA_NAME);
      assertThat(force.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(book.getSheet(FactsheetWriter.SUMMARY).getHeader().getLeft())
          .isEqualTo("Interop maturity 2025: " + FORMULA_NAME);
      for (XSSFWorkbook each : List.of(book, alpha)) {
        for (Sheet sheet : each) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + address(cell)).isNotEqualTo(CellType.FORMULA);
            }
          }
        }
      }
    }
  }

  @Test
  void everySheetCarriesTheMarkingAndPrintsLandscapeOnePageWide() {
    for (Sheet sheet : alpha) {
      String name = sheet.getSheetName();
      assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo("&BOFFICIAL - PROVISIONAL&B");
      assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("&BOFFICIAL - PROVISIONAL&B");
      assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo("Interop maturity 2025: Alpha Police");
      assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
      // as many pages down as it needs, but the short About list on one page
      assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) (name.equals(FactsheetWriter.ABOUT) ? 1 : 0));
      assertThat(sheet.getRepeatingRows().getFirstRow()).as(name).isZero();
      assertThat(sheet.getRepeatingRows().getLastRow()).as(name).isZero();
      assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
    }
    for (String table : List.of(FactsheetWriter.UNMET, FactsheetWriter.CONTRADICTIONS, FactsheetWriter.LIFECYCLE,
        FactsheetWriter.ALL)) {
      XSSFSheet sheet = alpha.getSheet(table);
      // a filter: an Excel table's own, or the sheet's when the table has no rows yet
      assertThat(!sheet.getTables().isEmpty() || sheet.getCTWorksheet().isSetAutoFilter()).as(table).isTrue();
      assertThat(sheet.getMergedRegions()).as(table).isEmpty();
      assertThat(((XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle()).getFont().getBold()).as(table).isTrue();
    }
  }

  @Test
  void aboutSaysWhatWhenAndThatItIsProvisionalUntilFinal() throws IOException {
    assertThat(aboutValues(alpha)).contains("Alpha Police", ALPHA, "test-code", "1.0", "Test network code", "OFFICIAL",
        FactsheetWriter.PROVISIONAL, "2025-03-31",
        "Small mixed and urban (2 forces): =HYPERLINK(\"x\"); Alpha Police",
        "Compared with 2024: reports/2024");
    assertThat(FactsheetWriter.PROVISIONAL).isEqualTo("PROVISIONAL \u2014 for comment");
    try (XSSFWorkbook finalBook = FactsheetWriter.build(Results.of(Fixtures.assessment(false)), ALPHA, Map.of())) {
      assertThat(aboutValues(finalBook)).contains("Final").doesNotContain(FactsheetWriter.PROVISIONAL);
      assertThat(finalBook.getSheet(FactsheetWriter.ABOUT).getHeader().getCenter()).isEqualTo("&BOFFICIAL&B");
      assertThat(finalBook.getSheet(FactsheetWriter.SUMMARY).getRow(1).getCell(0).getStringCellValue())
          .doesNotContain("provisional");
    }
  }

  @Test
  void documentPropertiesAreFixedByTheAssessment() {
    var core = alpha.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo("Interop maturity factsheet 2025: Alpha Police");
    assertThat(core.getCreator()).isEqualTo("Interop Maturity");
    assertThat(core.getCategory()).isEqualTo("OFFICIAL - PROVISIONAL");
    assertThat(core.getCreated()).isEqualTo(Date.from(Fixtures.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC)));
    assertThat(core.getModified()).isEqualTo(core.getCreated());
  }

  @Test
  void writingTwiceGivesTheSameCellsAndTheSamePartsInsideTheZip() throws IOException {
    Path first = dir.resolve("first.xlsx");
    Path second = dir.resolve("second.xlsx");
    FactsheetWriter.write(Results.of(Fixtures.withPreviousYear()), ALPHA, Map.of("radar", png), first);
    FactsheetWriter.write(Results.of(Fixtures.withPreviousYear()), ALPHA, Map.of("radar", png), second);
    assertThat(parts(second)).containsExactlyEntriesOf(parts(first));
    try (XSSFWorkbook again = read(second)) {
      assertThat(dump(again)).isEqualTo(dump(alpha));
    }
    assertThat(dump(alpha)).contains("Summary!B8 = 0.975 [0.0%]")
        .contains("Lifecycle risks!D3 = =Records suite [General, quoted]");
  }

  @Test
  void writeAllWritesOneFactsheetPerForceNamedBySlug() throws IOException {
    Path out = dir.resolve("factsheets");
    List<Path> files = FactsheetWriter.writeAll(Results.of(Fixtures.smallAssessment()),
        code -> code.equals(ALPHA) ? Map.of("radar", png) : Map.of(), out);
    assertThat(files).containsExactly(out.resolve("alpha.xlsx"), out.resolve("hyperlink.xlsx"),
        out.resolve("charlie.xlsx"), out.resolve("delta.xlsx"));
    try (XSSFWorkbook charlie = read(out.resolve("charlie.xlsx")); XSSFWorkbook withChart = read(out.resolve("alpha.xlsx"))) {
      assertThat(charlie.getSheet(FactsheetWriter.ABOUT).getRow(rowOf(charlie.getSheet(FactsheetWriter.ABOUT), "Force"))
          .getCell(1).getStringCellValue()).isEqualTo("Charlie Constabulary");
      assertThat(charlie.getAllPictures()).isEmpty();
      assertThat(withChart.getAllPictures()).hasSize(1);
    }
  }

  @Test
  void opensInLibreOfficeAndConvertsToPdf(@TempDir Path converted) throws Exception {
    Assumptions.assumeTrue(onPath("soffice"), "LibreOffice is not installed (.ci/run installs it)");
    Path file = dir.resolve("alpha.xlsx");
    Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + converted.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", converted.toString(), file.toString())
        .redirectErrorStream(true).start();
    String log = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(soffice.waitFor()).as(log).isZero();
    Path pdf = converted.resolve("alpha.pdf");
    assertThat(pdf).as(log).exists();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // One page a sheet at least: each sheet fits one page wide.
    assertThat(countPages(bytes)).isGreaterThanOrEqualTo(6);
  }

  // ---------------------------------------------------------------------------------------------

  /** A small chart-like PNG: a blue bar on white. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x00, 0x72, 0xB2));
    g.fillRect(4, height / 3, width - 8, height / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int countPages(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    return (int) java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  /** The row whose first cell is {@code label}, or -1. */
  private static int rowOf(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
        return row.getRowNum();
      }
    }
    return -1;
  }

  /** The value and note of a Summary fact, as shown. */
  private static List<String> fact(Sheet summary, String label) {
    int r = rowOf(summary, label);
    assertThat(r).as(label).isNotNegative();
    DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
    List<String> values = new ArrayList<>();
    for (int c = 1; c <= 2; c++) {
      Cell cell = summary.getRow(r).getCell(c);
      if (cell != null && !formatter.formatCellValue(cell).isEmpty()) {
        values.add(formatter.formatCellValue(cell));
      }
    }
    return values;
  }

  private static double number(Sheet summary, String label) {
    int r = rowOf(summary, label);
    assertThat(r).as(label).isNotNegative();
    return summary.getRow(r).getCell(1).getNumericCellValue();
  }

  private static List<String> headlines(XSSFWorkbook book) {
    Sheet summary = book.getSheet(FactsheetWriter.SUMMARY);
    List<String> lines = new ArrayList<>();
    for (int r = rowOf(summary, "Headlines") + 1; r <= summary.getLastRowNum(); r++) {
      Cell cell = summary.getRow(r) == null ? null : summary.getRow(r).getCell(0);
      if (cell == null || !cell.getStringCellValue().startsWith("\u2022 ")) {
        break;
      }
      lines.add(cell.getStringCellValue().substring(2));
    }
    return lines;
  }

  private static List<Double> numbers(Row row, int first, int last) {
    List<Double> values = new ArrayList<>();
    for (int c = first; c <= last; c++) {
      values.add(Math.round(row.getCell(c).getNumericCellValue() * 1e9) / 1e9);
    }
    return values;
  }

  private static List<String> column(Sheet sheet, int column) {
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      values.add(sheet.getRow(r).getCell(column).getStringCellValue());
    }
    return values;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }

  private static List<String> aboutValues(XSSFWorkbook book) {
    DataFormatter formatter = new DataFormatter();
    List<String> values = new ArrayList<>();
    for (Row row : book.getSheet(FactsheetWriter.ABOUT)) {
      values.add(formatter.formatCellValue(row.getCell(1)));
    }
    return values;
  }

  /** Every cell as {@code Sheet!A1 = value [format, quoted]}, one a line. */
  private static String dump(XSSFWorkbook book) {
    StringBuilder out = new StringBuilder();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.BLANK) {
            continue;
          }
          XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
          out.append(sheet.getSheetName()).append('!').append(address(cell)).append(" = ")
              .append(switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                default -> cell.getCellType().toString();
              })
              .append(" [").append(style.getDataFormatString()).append(style.getQuotePrefixed() ? ", quoted" : "")
              .append("]\n");
        }
      }
    }
    return out.toString();
  }

  private static Map<String, String> parts(Path xlsx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    return parts;
  }

  private static String address(Cell cell) {
    return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
