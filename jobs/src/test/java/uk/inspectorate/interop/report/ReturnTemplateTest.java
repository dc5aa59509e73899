package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.WorkbookReturnLayout;

/** The return workbook of one force, written from a code with one question of every type, read back with POI. */
class ReturnTemplateTest {
  static final int YEAR = 2026;
  static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.org\") is how many links?";
  static final Force CLEVELAND = new Force("E23000013", "Cleveland Police", "Cleveland", "cleveland", "England",
      "North East", "Territorial", "Medium mixed", 1300, 570_000L);

  @TempDir
  static Path dir;
  static XSSFWorkbook workbook;
  static XSSFSheet returnSheet;

  /**
   * One force question of every type in code order, a workforce question that the return must
   * leave out, and a question whose text looks like a formula.
   */
  static NetworkCode everyType() {
    String likert = "How far is the force digital strategy aligned with the national one? (0 not at all - 4 fully)";
    List<Question> questions = List.of(
        new Question("Q01", "Has the force named a senior owner accountable for interoperability?",
            QuestionType.YES_NO, List.of()),
        new Question("Q02", likert, QuestionType.LIKERT_0_4, List.of()),
        new Question("W01", "Workforce: I have done security training", QuestionType.YES_NO, List.of(),
            Question.Audience.WORKFORCE),
        new Question("Q03", "What percentage of user accounts have multi-factor authentication enforced?",
            QuestionType.PERCENT, List.of()),
        new Question("Q04", "Median days to patch a critical vulnerability over the last 12 months",
            QuestionType.NUMBER, List.of()),
        new Question("Q05", "Status of the national productivity sign-off", QuestionType.CHOICE,
            List.of("not_started", "in_progress", "signed_off")),
        new Question("Q06", FORMULA_TEXT, QuestionType.NUMBER, List.of()));
    return new NetworkCode("test-code", "2.0", "Test network code", Aggregation.ARITHMETIC,
        List.of(new Level(1, "Initial", 0.0, null)), questions, List.of());
  }

  @BeforeAll
  static void writeOnce() throws IOException {
    Path file = dir.resolve("returns/cleveland.xlsx");
    ReturnTemplate.write(everyType(), CLEVELAND, YEAR, file);
    workbook = read(file);
    returnSheet = workbook.getSheet(WorkbookReturnLayout.RETURN_SHEET);
  }

  @Test
  void hasTheReturnThenInstructionsAndAVeryHiddenMetaSheet() {
    List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    assertThat(names).containsExactly("Return", "Instructions", "_meta");
    assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
    assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
    assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
    assertThat(workbook.getActiveSheetIndex()).isZero();
  }

  @Test
  void metaSaysWhichCodeYearAndForceAlsoAsDocumentProperties() {
    Map<String, String> meta = new LinkedHashMap<>();
    for (Row row : workbook.getSheet("_meta")) {
      meta.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
    }
    assertThat(meta).containsExactly(Map.entry("code_id", "test-code"), Map.entry("code_version", "2.0"),
        Map.entry("year", "2026"), Map.entry("force_code", "E23000013"), Map.entry("template_version", "1"),
        Map.entry("return_sheet", "Return"));

    POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
    meta.forEach((key, value) -> assertThat(custom.getProperty(key).getLpwstr()).as(key).isEqualTo(value));
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo("Survey return 2026: Cleveland Police");
    assertThat(core.getCategory()).isEqualTo("OFFICIAL");
    assertThat(core.getCreated()).isEqualTo(Date.from(LocalDate.of(YEAR, 1, 1).atStartOfDay()
        .toInstant(ZoneOffset.UTC)));
  }

  @Test
  void titleAndForceAboveTheHeaderRowThenOneRowAForceQuestionInCodeOrder() {
    assertThat(text(returnSheet, "A1")).isEqualTo("Survey return 2026: Test network code, version 2.0");
    assertThat(text(returnSheet, "A3")).isEqualTo("Force code");
    assertThat(text(returnSheet, "B3")).isEqualTo("E23000013");
    assertThat(text(returnSheet, "A4")).isEqualTo("Force name");
    assertThat(text(returnSheet, "B4")).isEqualTo("Cleveland Police");
    assertThat(text(returnSheet, "A5")).isEqualTo("Respondent role");
    assertThat(text(returnSheet, "A6")).isEqualTo("Submitted on");
    assertThat(cell(returnSheet, "B5").getCellType()).isEqualTo(CellType.BLANK);
    assertThat(cell(returnSheet, "B6").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

    assertThat(texts(returnSheet.getRow(ReturnTemplate.HEADER_ROW)))
        .containsExactly("Question ID", "Question", "Answer type", "Answer", "Comment");
    List<List<String>> rows = new ArrayList<>();
    for (int r = ReturnTemplate.HEADER_ROW + 1; r <= returnSheet.getLastRowNum(); r++) {
      rows.add(texts(returnSheet.getRow(r)));
    }
    assertThat(rows).containsExactly(
        List.of("Q01", "Has the force named a senior owner accountable for interoperability?", "Yes or No"),
        List.of("Q02", "How far is the force digital strategy aligned with the national one? (0 not at all - 4 fully)",
            "Whole number 0 to 4 (0 = not at all, 4 = fully)"),
        List.of("Q03", "What percentage of user accounts have multi-factor authentication enforced?",
            "Percentage, 0 to 100"),
        List.of("Q04", "Median days to patch a critical vulnerability over the last 12 months", "Number, 0 or more"),
        List.of("Q05", "Status of the national productivity sign-off", "One of: not_started, in_progress, signed_off"),
        List.of("Q06", FORMULA_TEXT, "Number, 0 or more"));
    assertThat(cell(returnSheet, "D9").getCellType()).isEqualTo(CellType.BLANK);
    assertThat(cell(returnSheet, "E9").getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void everyAnswerCellChecksItsTypeWithAHelpfulAlert() {
    Map<String, XSSFDataValidation> checks = validations(returnSheet);

    assertList(checks.get("D9"), "Yes", "No");
    assertThat(checks.get("D9").getErrorBoxText()).isEqualTo("Choose Yes or No from the list.");
    assertList(checks.get("D10"), "0", "1", "2", "3", "4");
    assertThat(checks.get("D10").getErrorBoxText())
        .isEqualTo("Enter a whole number from 0 to 4, where 0 means not at all and 4 means fully.");
    assertNumber(checks.get("D11"), OperatorType.BETWEEN, "0", "100");
    assertThat(checks.get("D11").getErrorBoxText())
        .isEqualTo("Enter a percentage as a number from 0 to 100, e.g. 75 for 75%.");
    assertNumber(checks.get("D12"), OperatorType.GREATER_OR_EQUAL, "0", null);
    assertThat(checks.get("D12").getErrorBoxText())
        .isEqualTo("Enter a number of 0 or more, without units or words, e.g. 12 or 1250.5.");
    assertList(checks.get("D13"), "not_started", "in_progress", "signed_off");
    assertThat(checks.get("D13").getErrorBoxText())
        .isEqualTo("Choose one of the options in the list: not_started, in_progress, signed_off.");
    assertNumber(checks.get("D14"), OperatorType.GREATER_OR_EQUAL, "0", null);

    for (String answer : List.of("D9", "D10", "D11", "D12", "D13", "D14")) {
      XSSFDataValidation check = checks.get(answer);
      assertThat(check.getShowErrorBox()).as(answer).isTrue();
      assertThat(check.getErrorStyle()).as(answer).isEqualTo(DataValidation.ErrorStyle.STOP);
      assertThat(check.getEmptyCellAllowed()).as(answer).isTrue();
      assertThat(check.getErrorBoxTitle()).as(answer).hasSizeLessThanOrEqualTo(32);
    }
    assertThat(checks).doesNotContainKeys("E9", "D15");
  }

  @Test
  void submittedOnTakesADateInTheYearOrTheOneBefore() {
    XSSFDataValidation date = validations(returnSheet).get("B6");
    DataValidationConstraint constraint = date.getValidationConstraint();
    assertThat(constraint.getValidationType()).isEqualTo(ValidationType.DATE);
    assertThat(constraint.getOperator()).isEqualTo(OperatorType.BETWEEN);
    assertThat(constraint.getFormula1()).isEqualTo("DATE(2025,1,1)");
    assertThat(constraint.getFormula2()).isEqualTo("DATE(2026,12,31)");
    assertThat(date.getErrorBoxText())
        .isEqualTo("Enter a date from 1 January 2025 to 31 December 2026, e.g. 31/03/2026 or 2026-03-31.");
    assertThat(validations(returnSheet).get("B5").getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.TEXT_LENGTH);
  }

  @Test
  void onlyTheYellowCellsAreUnlockedAndTheSheetsAreProtected() {
    for (String locked : List.of("A1", "A3", "B3", "B4", "A8", "D8", "A9", "B9", "C9")) {
      assertThat(cell(returnSheet, locked).getCellStyle().getLocked()).as(locked).isTrue();
    }
    for (String input : List.of("B5", "B6", "D9", "E9", "D14", "E14")) {
      XSSFCellStyle style = cell(returnSheet, input).getCellStyle();
      assertThat(style.getLocked()).as(input).isFalse();
      assertThat(fill(style)).as(input).isEqualTo(ReturnStyles.INPUT_FILL);
    }
    assertThat(fill(cell(returnSheet, "B3").getCellStyle())).isNull();

    for (Sheet sheet : workbook) {
      XSSFSheet s = (XSSFSheet) sheet;
      assertThat(s.getProtect()).as(s.getSheetName()).isTrue();
      assertThat(s.isFormatColumnsLocked()).as(s.getSheetName()).isFalse();
      assertThat(s.isFormatRowsLocked()).as(s.getSheetName()).isFalse();
    }
    assertThat(workbook.isStructureLocked()).isTrue();
  }

  @Test
  void formulaLikeTextFromTheCodeIsQuotedText() {
    XSSFCell question = cell(returnSheet, "B14");
    assertThat(question.getCellType()).isEqualTo(CellType.STRING);
    assertThat(question.getStringCellValue()).isEqualTo(FORMULA_TEXT);
    assertThat(question.getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(question.getCellStyle().getLocked()).isTrue();
    assertThat(cell(returnSheet, "B13").getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void printsMarkedOnePageWideWithTheHeaderFrozen() {
    for (Sheet sheet : List.of(returnSheet, workbook.getSheet("Instructions"))) {
      assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("&BOFFICIAL&B");
      assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo("&BOFFICIAL&B");
      assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
    }
    assertThat(returnSheet.getPrintSetup().getLandscape()).isTrue();
    assertThat(workbook.getSheet("Instructions").getPrintSetup().getLandscape()).isFalse();
    assertThat(returnSheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(returnSheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 8);
    assertThat(returnSheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:8"));
    assertThat(returnSheet.getColumnWidth(1)).isEqualTo(60 * 256);
  }

  @Test
  void instructionsTellTheHeadOfIctWhatToDo() {
    Map<String, String> guidance = new LinkedHashMap<>();
    Sheet instructions = workbook.getSheet("Instructions");
    assertThat(texts(instructions.getRow(ReturnTemplate.INSTRUCTIONS_HEADER_ROW))).containsExactly("Topic", "Guidance");
    for (int r = ReturnTemplate.INSTRUCTIONS_HEADER_ROW + 1; r <= instructions.getLastRowNum(); r++) {
      guidance.put(instructions.getRow(r).getCell(0).getStringCellValue(),
          instructions.getRow(r).getCell(1).getStringCellValue());
    }
    assertThat(guidance.keySet()).containsExactly("What this is", "Who fills it in", "Where to answer",
        "Answer type: Yes or No", "Answer type: 0 to 4", "Answer type: percentage", "Answer type: number",
        "Answer type: one of a list", "Blank answers", "Comments", "Please do not", "Sending it back",
        "Protective marking");
    assertThat(guidance.get("Who fills it in")).startsWith("The head of ICT");
    assertThat(guidance.get("Blank answers")).startsWith("A blank Answer means the question is not answered");
    assertThat(guidance.get("Comments")).contains("kept internal to the inspectorate and are never published");
    assertThat(guidance.get("Sending it back")).contains("Excel Workbook (.xlsx), without a password");
    assertThat(guidance.get("Where to answer")).contains("from 1 January 2025 to 31 December 2026");
  }

  @Test
  void choicesTooLongForAnInCellListComeFromAVeryHiddenListSheet() throws IOException {
    List<String> options = List.of("a, with a comma", "\"quoted\"", "=not a formula");
    NetworkCode code = new NetworkCode("c", "1", "C", Aggregation.ARITHMETIC, List.of(),
        List.of(new Question("Q01", "Pick one", QuestionType.CHOICE, options)), List.of());
    try (XSSFWorkbook book = ReturnTemplate.build(code, CLEVELAND, YEAR)) {
      assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
          .containsExactly("Return", "Instructions", "_lists", "_meta");
      XSSFSheet lists = book.getSheet(ReturnTemplate.LISTS_SHEET);
      assertThat(book.getSheetVisibility(book.getSheetIndex(lists))).isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(List.of(text(lists, "A1"), text(lists, "A2"), text(lists, "A3"))).isEqualTo(options);
      assertThat(cell(lists, "A3").getCellStyle().getQuotePrefixed()).isTrue();
      DataValidationConstraint constraint = validations(book.getSheet("Return")).get("D9").getValidationConstraint();
      assertThat(constraint.getValidationType()).isEqualTo(ValidationType.LIST);
      assertThat(constraint.getFormula1()).isEqualTo("_lists!$A$1:$A$3");
    }
  }

  @Test
  void writingTwiceGivesTheSameCellsChecksAndParts() throws IOException {
    Path first = dir.resolve("first.xlsx");
    Path second = dir.resolve("second.xlsx");
    ReturnTemplate.write(everyType(), CLEVELAND, YEAR, first);
    ReturnTemplate.write(everyType(), CLEVELAND, YEAR, second);
    try (XSSFWorkbook a = read(first); XSSFWorkbook b = read(second)) {
      assertThat(dump(b)).isEqualTo(dump(a)).isEqualTo(dump(workbook));
    }
    assertThat(dump(workbook)).contains("Return!B14 = " + FORMULA_TEXT + " [General, locked, quoted]",
        "Return!D9 =  [General, fill FFF2CC, unlocked] check LIST \"Yes,No\"");
    assertThat(parts(second)).containsExactlyEntriesOf(parts(first));
  }

  private static void assertList(XSSFDataValidation check, String... values) {
    DataValidationConstraint constraint = check.getValidationConstraint();
    assertThat(constraint.getValidationType()).isEqualTo(ValidationType.LIST);
    assertThat(constraint.getExplicitListValues()).containsExactly(values);
  }

  private static void assertNumber(XSSFDataValidation check, int operator, String formula1, String formula2) {
    DataValidationConstraint constraint = check.getValidationConstraint();
    assertThat(constraint.getValidationType()).isEqualTo(ValidationType.DECIMAL);
    assertThat(constraint.getOperator()).isEqualTo(operator);
    assertThat(constraint.getFormula1()).isEqualTo(formula1);
    assertThat(constraint.getFormula2()).isEqualTo(formula2);
  }

  /** Every check of the sheet by the single cell it applies to. */
  static Map<String, XSSFDataValidation> validations(XSSFSheet sheet) {
    Map<String, XSSFDataValidation> byCell = new TreeMap<>();
    for (XSSFDataValidation check : sheet.getDataValidations()) {
      for (CellRangeAddress range : check.getRegions().getCellRangeAddresses()) {
        assertThat(range.getNumberOfCells()).isEqualTo(1);
        byCell.put(new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString(), check);
      }
    }
    return byCell;
  }

  /**
   * Every cell as {@code Sheet!A1 = value [format, fill, locked, quoted]}, then the cell's check,
   * one a line, with the sheets' visibility and protection.
   */
  static String dump(XSSFWorkbook book) {
    StringBuilder out = new StringBuilder();
    for (Sheet sheet : book) {
      XSSFSheet s = (XSSFSheet) sheet;
      out.append(s.getSheetName()).append(' ').append(book.getSheetVisibility(book.getSheetIndex(s)))
          .append(s.getProtect() ? " protected" : "").append('\n');
      Map<String, XSSFDataValidation> checks = validations(s);
      for (Row row : sheet) {
        for (Cell cell : row) {
          XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
          String address = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
          out.append(s.getSheetName()).append('!').append(address).append(" = ").append(value(cell))
              .append(" [").append(style.getDataFormatString());
          if (fill(style) != null) {
            out.append(", fill ").append(fill(style));
          }
          out.append(style.getLocked() ? ", locked" : ", unlocked");
          if (style.getQuotePrefixed()) {
            out.append(", quoted");
          }
          out.append(']');
          XSSFDataValidation check = checks.get(address);
          if (check != null) {
            DataValidationConstraint c = check.getValidationConstraint();
            out.append(" check ").append(validationType(c.getValidationType())).append(' ').append(c.getFormula1());
            if (c.getFormula2() != null) {
              out.append(' ').append(c.getFormula2());
            }
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String validationType(int type) {
    return switch (type) {
      case ValidationType.LIST -> "LIST";
      case ValidationType.DECIMAL -> "DECIMAL";
      case ValidationType.DATE -> "DATE";
      case ValidationType.TEXT_LENGTH -> "TEXT_LENGTH";
      default -> String.valueOf(type);
    };
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

  private static String fill(XSSFCellStyle style) {
    XSSFColor colour = style.getFillForegroundColorColor();
    return colour == null || colour.getARGBHex() == null ? null : colour.getARGBHex().substring(2);
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

  private static XSSFCell cell(XSSFSheet sheet, String address) {
    CellReference ref = new CellReference(address);
    return sheet.getRow(ref.getRow()).getCell(ref.getCol());
  }

  private static String text(XSSFSheet sheet, String address) {
    return cell(sheet, address).getStringCellValue();
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

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
