package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.results.Fixtures.ALPHA;
import static uk.inspectorate.interop.results.Fixtures.CHARLIE;
import static uk.inspectorate.interop.results.Fixtures.DELTA;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_FORCE;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_NAME;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.Results;
import org.junit.jupiter.api.io.TempDir;

/** The national workbook written from {@link Fixtures#smallAssessment()} and read back with POI. */
class WorkbookWriterTest {
  @TempDir
  static Path dir;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void writeOnce() throws IOException {
    Path file = dir.resolve("interop-maturity-2025.xlsx");
    WorkbookWriter.write(Results.of(Fixtures.smallAssessment()), file);
    workbook = read(file);
  }

  @Test
  void hasTheSheetsInReadingOrder() {
    List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    assertThat(names).containsExactly(WorkbookWriter.SUMMARY, WorkbookWriter.LEVELS, WorkbookWriter.FORCES,
        WorkbookWriter.REQUIREMENTS, WorkbookWriter.REQUIREMENT_STATUS, WorkbookWriter.RESULTS, NationalSheets.DOMAINS,
        NationalSheets.PEER_GROUPS, NationalSheets.TRENDS, NationalSheets.INTEROPERABILITY, NationalSheets.DATA_QUALITY,
        NationalSheets.METHODOLOGY,
        NationalSheets.ABOUT);
  }

  @Test
  void forcesAreInRankOrderWithTiesByCode() {
    Sheet forces = workbook.getSheet(WorkbookWriter.FORCES);
    assertThat(texts(forces.getRow(0))).containsExactly("Rank", "Force code", "Force", "Region", "Peer group",
        "Overall score", "Maturity level", "Level name", "Peer group median", "Gap to peer median",
        "National quartile", "Data standards", "Information sharing", "Score a year on", "Level a year on");
    assertThat(column(forces, 1, 1)).containsExactly(ALPHA, FORMULA_FORCE, CHARLIE, DELTA);
    assertThat(numbers(forces, 0)).containsExactly(1.0, 2.0, 2.0, 4.0);
    assertThat(numbers(forces, 5)).containsExactly(0.975, 0.5, 0.5, 0.0);
    assertThat(numbers(forces, 6)).containsExactly(3.0, 2.0, 2.0, 1.0);
    assertThat(numbers(forces, 11)).containsExactly(0.95, 0.5, 0.5, 0.0);
    assertThat(numbers(forces, 12)).containsExactly(1.0, 0.5, 0.5, 0.0);
    assertThat(forces.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
  }

  @Test
  void matrixCellHasTheScoreAndTheFillOfItsStatus() {
    XSSFSheet matrix = workbook.getSheet(WorkbookWriter.REQUIREMENTS);
    int header = WorkbookWriter.MATRIX_HEADER_ROW;
    assertThat(texts(matrix.getRow(header))).containsExactly("Rank", "Force code", "Force", "DAT-01", "DAT-02",
        "SHR-01", "SHR-02");
    XSSFCell partial = matrix.getRow(header + 2).getCell(3);
    assertThat(matrix.getRow(header + 2).getCell(1).getStringCellValue()).isEqualTo(FORMULA_FORCE);
    assertThat(partial.getNumericCellValue()).isEqualTo(0.5);
    assertThat(fill(partial)).isEqualTo("EEDD88");
    assertThat(partial.getCellStyle().getDataFormatString()).isEqualTo("0.0%");

    XSSFCell excluded = matrix.getRow(header + 1).getCell(6);
    assertThat(excluded.getCellType()).isEqualTo(CellType.BLANK);
    assertThat(fill(excluded)).isEqualTo("DDDDDD");
    assertThat(fill(matrix.getRow(header + 1).getCell(3))).isEqualTo("44BB99");
    assertThat(fill(matrix.getRow(header + 4).getCell(3))).isEqualTo("EE8866");
  }

  @Test
  void statusIsAlsoInWordsCellForCellAndInTheKey() {
    XSSFSheet words = workbook.getSheet(WorkbookWriter.REQUIREMENT_STATUS);
    int header = WorkbookWriter.MATRIX_HEADER_ROW;
    XSSFCell partial = words.getRow(header + 2).getCell(3);
    assertThat(partial.getStringCellValue()).isEqualTo("Partial");
    assertThat(fill(partial)).isEqualTo("EEDD88");
    assertThat(words.getRow(header + 1).getCell(6).getStringCellValue()).isEqualTo("No evidence");
    assertThat(texts(words.getRow(0))).contains("Met", "Partial", "Not met", "No evidence", "Not applicable");
    assertThat(texts(workbook.getSheet(WorkbookWriter.REQUIREMENTS).getRow(0))).contains("Met", "No evidence");
  }

  @Test
  void requirementTitlesAreOnTheMatrixHeader() {
    XSSFSheet matrix = workbook.getSheet(WorkbookWriter.REQUIREMENTS);
    assertThat(matrix.getRow(WorkbookWriter.MATRIX_HEADER_ROW).getCell(3).getCellComment().getString().getString())
        .isEqualTo("DAT-01: Core records systems hold POLE-structured data");
  }

  @Test
  void everyResultIsTracedToItsReasonAndEvidence() {
    Sheet results = workbook.getSheet(WorkbookWriter.RESULTS);
    assertThat(results.getLastRowNum()).isEqualTo(16);
    assertThat(texts(results.getRow(0))).containsExactly("Force code", "Force", "Requirement", "Domain",
        "Measure value", "Score", "Status", "Evidence rows", "Method", "Parameters", "Reason", "Cross-check",
        "Self-reported value", "Score a year on", "Status a year on", "Reason a year on");
    Row contradicted = results.getRow(5);
    assertThat(contradicted.getCell(0).getStringCellValue()).isEqualTo(FORMULA_FORCE);
    assertThat(contradicted.getCell(2).getStringCellValue()).isEqualTo("DAT-01");
    assertThat(contradicted.getCell(3).getStringCellValue()).isEqualTo("Data standards");
    assertThat(contradicted.getCell(4).getNumericCellValue()).isEqualTo(0.6);
    assertThat(contradicted.getCell(6).getStringCellValue()).isEqualTo("Partial");
    assertThat(contradicted.getCell(7).getNumericCellValue()).isEqualTo(10.0);
    assertThat(contradicted.getCell(10).getStringCellValue()).isEqualTo("measured 0.6 from 10 rows");
    assertThat(contradicted.getCell(11).getStringCellValue()).isEqualTo("Contradicted");
    assertThat(contradicted.getCell(12).getNumericCellValue()).isEqualTo(4.0);
    Row excluded = results.getRow(4);
    assertThat(excluded.getCell(2).getStringCellValue()).isEqualTo("SHR-02");
    assertThat(excluded.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
    assertThat(excluded.getCell(6).getStringCellValue()).isEqualTo("No evidence");
  }

  @Test
  void everyMatrixCellLinksToTheReasonAndEvidenceCountBehindIt() {
    for (String name : List.of(WorkbookWriter.REQUIREMENTS, WorkbookWriter.REQUIREMENT_STATUS)) {
      Sheet matrix = workbook.getSheet(name);
      Row ids = matrix.getRow(WorkbookWriter.MATRIX_HEADER_ROW);
      int linked = 0;
      for (int r = WorkbookWriter.MATRIX_HEADER_ROW + 1; r <= matrix.getLastRowNum(); r++) {
        Row row = matrix.getRow(r);
        for (int c = 3; c < ids.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          String target = cell.getHyperlink().getAddress();
          assertThat(target).startsWith("'" + WorkbookWriter.RESULTS + "'!K");
          Row result = workbook.getSheet(WorkbookWriter.RESULTS).getRow(new CellReference(target.substring(target.indexOf('!') + 1)).getRow());
          assertThat(result.getCell(0).getStringCellValue()).isEqualTo(row.getCell(1).getStringCellValue());
          assertThat(result.getCell(2).getStringCellValue()).isEqualTo(ids.getCell(c).getStringCellValue());
          if (name.equals(WorkbookWriter.REQUIREMENTS)) {
            assertThat(formatted(cell)).isEqualTo(formatted(result.getCell(5)));
          } else {
            assertThat(cell.getStringCellValue()).isEqualTo(result.getCell(6).getStringCellValue());
          }
          assertThat(result.getCell(WorkbookWriter.REASON_COLUMN).getStringCellValue()).isNotBlank();
          assertThat(result.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
          linked++;
        }
      }
      assertThat(linked).as(name).isEqualTo(4 * 4);
    }
  }

  private static String formatted(Cell cell) {
    return new DataFormatter(java.util.Locale.UK).formatCellValue(cell);
  }

  @Test
  void dataSheetsAreExcelTablesNamedAfterTheirSheet() {
    XSSFSheet results = workbook.getSheet(WorkbookWriter.RESULTS);
    assertThat(results.getTables()).hasSize(1);
    var table = results.getTables().get(0);
    assertThat(table.getName()).isEqualTo("RequirementResults");
    assertThat(table.getArea().formatAsString()).isEqualTo("A1:P17");
    assertThat(table.getColumns().get(10).getName()).isEqualTo("Reason");
    // the matrix's table starts at its id row, below the key to the fills
    assertThat(workbook.getSheet(WorkbookWriter.REQUIREMENTS).getTables().get(0).getStartRowIndex())
        .isEqualTo(WorkbookWriter.MATRIX_HEADER_ROW);
  }

  @Test
  void formulaLikeTextIsStoredAsQuotedText() {
    XSSFCell name = workbook.getSheet(WorkbookWriter.FORCES).getRow(2).getCell(2);
    assertThat(name.getCellType()).isEqualTo(CellType.STRING);
    assertThat(name.getStringCellValue()).isEqualTo(FORMULA_NAME);
    assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    XSSFCell file = workbook.getSheet(NationalSheets.DATA_QUALITY).getRow(2).getCell(1);
    assertThat(file.getStringCellValue()).isEqualTo("@inventory/delta.csv");
    assertThat(file.getCellStyle().getQuotePrefixed()).isTrue();
    XSSFCell plain = workbook.getSheet(WorkbookWriter.FORCES).getRow(1).getCell(2);
    assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void inputTextIsMadeSafeForCellsAndPageHeaders() {
    assertThat(List.of("=1+1", "+44", "-3", "@SUM(A1)", "\tx")).allMatch(SafeText::looksLikeFormula);
    assertThat(List.of("", "Kent Police", "E23000032", "1-2")).noneMatch(SafeText::looksLikeFormula);
    assertThat(SafeText.cell("a\u0001b\nc")).isEqualTo("a b\nc");
    assertThat(SafeText.cell(null)).isEmpty();
    assertThat(SafeText.cell("x".repeat(40_000))).hasSize(SafeText.MAX_CELL_CHARS);
    assertThat(SafeText.headerFooter("OFFICIAL & SENSITIVE")).isEqualTo("OFFICIAL && SENSITIVE");
  }

  @Test
  void noCellIsAFormula() {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).as(address(cell)).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void everySheetCarriesTheMarkingAndPrintsLandscapeOnePageWide() {
    for (Sheet sheet : workbook) {
      assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).contains("OFFICIAL - PROVISIONAL");
      assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).contains("OFFICIAL - PROVISIONAL");
      assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName())
          .isEqualTo((short) (sheet.getSheetName().equals(NationalSheets.ABOUT) ? 1 : 0));
      assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
    }
  }

  @Test
  void headerRowsAreBold() {
    Sheet forces = workbook.getSheet(WorkbookWriter.FORCES);
    XSSFCellStyle style = (XSSFCellStyle) forces.getRow(0).getCell(0).getCellStyle();
    assertThat(style.getFont().getBold()).isTrue();
  }

  @Test
  void aboutSaysWhatWhenAndWhetherProvisional() throws IOException {
    assertThat(aboutValues(workbook)).contains("test-code", "1.0", "Test network code", "OFFICIAL",
        "PROVISIONAL: not for publication");
    Path file = dir.resolve("final.xlsx");
    WorkbookWriter.write(Results.of(Fixtures.assessment(false)), file);
    try (XSSFWorkbook finalBook = read(file)) {
      assertThat(aboutValues(finalBook)).contains("Final").doesNotContain("PROVISIONAL: not for publication");
      assertThat(finalBook.getSheet(NationalSheets.ABOUT).getHeader().getCenter()).contains("OFFICIAL")
          .doesNotContain("PROVISIONAL");
    }
    Row asOf = workbook.getSheet(NationalSheets.ABOUT).getRow(3);
    assertThat(asOf.getCell(0).getStringCellValue()).isEqualTo("As at");
    assertThat(asOf.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Fixtures.AS_OF);
  }

  @Test
  void documentPropertiesAreFixedByTheAssessment() {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo("Interop maturity assessment 2025");
    assertThat(core.getCreator()).isEqualTo("Interop Maturity");
    assertThat(core.getCreated()).isEqualTo(Date.from(Fixtures.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  @Test
  void writingTwiceGivesTheSameCellsAndProperties() throws IOException {
    Path again = dir.resolve("again.xlsx");
    WorkbookWriter.write(Results.of(Fixtures.smallAssessment()), again);
    try (XSSFWorkbook second = read(again)) {
      assertThat(dump(second)).isEqualTo(dump(workbook));
      assertThat(second.getProperties().getCoreProperties().getUnderlyingProperties().toString())
          .isEqualTo(workbook.getProperties().getCoreProperties().getUnderlyingProperties().toString());
    }
    assertThat(dump(workbook)).contains("Forces!C3 = " + FORMULA_NAME + " [General, quoted]");
  }

  @Test
  void writingTwiceGivesTheSamePartsInsideTheZip() throws IOException {
    Path first = dir.resolve("first.xlsx");
    Path second = dir.resolve("second.xlsx");
    WorkbookWriter.write(Results.of(Fixtures.smallAssessment()), first);
    WorkbookWriter.write(Results.of(Fixtures.smallAssessment()), second);

    assertThat(parts(second)).containsExactlyEntriesOf(parts(first));
  }

  /** The zip entries and their text; only the zip's own entry timestamps may differ. */
  private static Map<String, String> parts(Path xlsx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** Every cell as {@code Sheet!A1 = value [format, fill, quoted]}, one a line. */
  static String dump(XSSFWorkbook book) {
    StringBuilder out = new StringBuilder();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
          out.append(sheet.getSheetName()).append('!').append(address(cell)).append(" = ").append(value(cell))
              .append(" [").append(style.getDataFormatString());
          XSSFColor fill = style.getFillForegroundColorColor();
          if (fill != null && fill.getARGBHex() != null) {
            out.append(", fill ").append(fill.getARGBHex());
          }
          if (style.getQuotePrefixed()) {
            out.append(", quoted");
          }
          out.append("]\n");
        }
      }
    }
    return out.toString();
  }

  private static String value(Cell cell) {
    return switch (cell.getCellType()) {
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case FORMULA -> "FORMULA " + cell.getCellFormula();
      default -> "";
    };
  }

  private static String address(Cell cell) {
    return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static String fill(XSSFCell cell) {
    return cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2);
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

  private static List<String> column(Sheet sheet, int firstRow, int column) {
    List<String> values = new ArrayList<>();
    for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
      values.add(sheet.getRow(r).getCell(column).getStringCellValue());
    }
    return values;
  }

  private static List<Double> numbers(Sheet sheet, int column) {
    List<Double> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      values.add(sheet.getRow(r).getCell(column).getNumericCellValue());
    }
    return values;
  }

  private static List<String> aboutValues(XSSFWorkbook book) {
    DataFormatter formatter = new DataFormatter();
    List<String> values = new ArrayList<>();
    for (Row row : book.getSheet(NationalSheets.ABOUT)) {
      values.add(formatter.formatCellValue(row.getCell(1)));
    }
    return values;
  }
}
