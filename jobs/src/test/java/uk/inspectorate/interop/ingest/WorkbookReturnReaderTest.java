package uk.inspectorate.interop.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.ingest.WorkbookReturn.Answer;
import uk.inspectorate.interop.ingest.WorkbookReturn.Metadata;
import uk.inspectorate.interop.report.ReturnTemplate;

/**
 * Return workbooks written by {@link ReturnTemplate}, filled in with POI as a force would, damaged
 * as forces' files are, and read back.
 */
class WorkbookReturnReaderTest {
  static final String NAME = "returns/cleveland.xlsx";
  static final Force CLEVELAND = new Force("E23000013", "Cleveland Police", "Cleveland", "cleveland", "England",
      "North East", "Territorial", "Medium mixed", 1300, 570_000L);
  static final Metadata CLEVELAND_2026 = new Metadata("test-code", "2.0", "2026", "E23000013", "1");

  /** The force's answers, as {@link #fillIn} types them, read back. */
  static final List<Answer> FILLED_IN = List.of(
      new Answer("Q01", "Yes", "Named in the 2025 board minutes", "Return!D9"),
      new Answer("Q02", "3", null, "Return!D10"),
      new Answer("Q03", "75", null, "Return!D11"),
      new Answer("Q04", "1250.5", null, "Return!D12"),
      new Answer("Q05", "in_progress", null, "Return!D13"),
      new Answer("Q06", null, "Not measured yet", "Return!D14"));

  @TempDir
  Path dir;

  /** One force question of every type, a second number left unanswered, and a workforce question. */
  static NetworkCode everyType() {
    return new NetworkCode("test-code", "2.0", "Test network code", Aggregation.ARITHMETIC, List.of(), List.of(
        new Question("Q01", "Has the force named a senior owner?", QuestionType.YES_NO, List.of()),
        new Question("Q02", "How far is the strategy aligned? (0 not at all - 4 fully)", QuestionType.LIKERT_0_4,
            List.of()),
        new Question("Q03", "What percentage of accounts have MFA enforced?", QuestionType.PERCENT, List.of()),
        new Question("Q04", "Annual spend through national frameworks, in pounds", QuestionType.NUMBER, List.of()),
        new Question("Q05", "Status of the productivity sign-off", QuestionType.CHOICE,
            List.of("not_started", "in_progress", "signed_off")),
        new Question("W01", "Workforce: I have done security training", QuestionType.YES_NO, List.of(),
            Question.Audience.WORKFORCE),
        new Question("Q06", "Median days to patch a critical vulnerability", QuestionType.NUMBER, List.of())),
        List.of());
  }

  /** What a force's head of ICT does with the template: typed answers, a date, comments. */
  static void fillIn(XSSFWorkbook book) {
    XSSFSheet sheet = book.getSheet("Return");
    cell(sheet, "B5").setCellValue("Head of ICT");
    cell(sheet, "B6").setCellValue(LocalDate.of(2026, 3, 14));
    cell(sheet, "D9").setCellValue("Yes");
    cell(sheet, "E9").setCellValue("Named in the 2025 board minutes");
    cell(sheet, "D10").setCellValue(3);
    cell(sheet, "D11").setCellValue(75);
    cell(sheet, "D12").setCellValue(1250.5);
    cell(sheet, "D13").setCellValue("in_progress");
    cell(sheet, "E14").setCellValue("Not measured yet");
  }

  @Test
  void aFilledInReturnReadsBackAnswerForAnswerWithItsCell() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("filled.xlsx", WorkbookReturnReaderTest::fillIn), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.file()).isEqualTo(NAME);
    assertThat(read.metadata()).isEqualTo(CLEVELAND_2026);
    assertThat(read.forceCodeCell()).isEqualTo("E23000013");
    assertThat(read.respondentRole()).isEqualTo("Head of ICT");
    assertThat(read.submittedOn()).isEqualTo("2026-03-14");
    assertThat(read.answers()).containsExactlyElementsOf(FILLED_IN);
  }

  @Test
  void aBlankReturnListsEveryQuestionUnansweredAndNamesTheFileByDefault() throws IOException {
    Path file = template();
    WorkbookReturn read = WorkbookReturnReader.read(file);

    assertThat(read.file()).isEqualTo("template.xlsx");
    assertThat(read.problems()).isEmpty();
    assertThat(read.respondentRole()).isNull();
    assertThat(read.submittedOn()).isNull();
    assertThat(read.answers()).extracting(Answer::questionId).containsExactly("Q01", "Q02", "Q03", "Q04", "Q05", "Q06");
    assertThat(read.answers()).allMatch(a -> a.answer() == null && a.comment() == null);
  }

  @Test
  void cellsReadAsTheUserSawThem() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("typed.xlsx", book -> {
      XSSFSheet sheet = book.getSheet("Return");
      cell(sheet, "B6").setCellValue("31/03/2026");
      XSSFCell yes = cell(sheet, "D9");
      yes.setCellValue(true);
      cell(sheet, "D10").setCellValue(0.1 + 0.2);
      XSSFCell percent = cell(sheet, "D11");
      percent.setCellValue(0.75);
      percent.setCellStyle(formatted(book, percent.getCellStyle(), "0%"));
      XSSFCell date = cell(sheet, "D12");
      date.setCellValue(LocalDate.of(2026, 3, 31));
      date.setCellStyle(formatted(book, date.getCellStyle(), "dd/mm/yyyy"));
      cell(sheet, "D13").setCellValue("\u00A0 in_progress \n");
      cell(sheet, "D14").setCellValue(12_500_000);
      cell(sheet, "E14").setCellValue("   ");
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.submittedOn()).isEqualTo("31/03/2026");
    assertThat(read.answers()).extracting(Answer::answer)
        .containsExactly("Yes", "0.3", "75", "2026-03-31", "in_progress", "12500000");
    assertThat(read.answers().get(5).comment()).isNull();
  }

  @Test
  void aFormulaGivesTheValueSavedWithItAndIsNeverEvaluated() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("formulas.xlsx", book -> {
      XSSFSheet sheet = book.getSheet("Return");
      XSSFCell text = cell(sheet, "D9");
      text.setCellFormula("\"Y\"&\"es\"");
      text.setCellValue("Yes");
      XSSFCell number = cell(sheet, "D10");
      number.setCellFormula("1+1");
      number.setCellValue(4);
      cell(sheet, "D11").setCellFormula("50+25");
      XSSFCell error = cell(sheet, "D12");
      error.setCellFormula("1/0");
      error.setCellErrorValue(FormulaError.DIV0);
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.answers()).extracting(Answer::answer).containsExactly("Yes", "4", null, "#DIV/0!", null, null);
  }

  @Test
  void aRenamedReturnSheetIsFoundByItsHeaderRow() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("renamed.xlsx", book -> {
      fillIn(book);
      book.setSheetName(0, "Our answers");
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.forceCodeCell()).isEqualTo("E23000013");
    assertThat(read.answers()).containsExactlyElementsOf(FILLED_IN.stream()
        .map(a -> new Answer(a.questionId(), a.answer(), a.comment(), a.cell().replace("Return!", "'Our answers'!")))
        .toList());
  }

  @Test
  void answersPastedIntoAnotherWorkbookAreFoundWithoutMeta() throws IOException {
    Path file = dir.resolve("pasted.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Cover").createRow(0).createCell(0).setCellValue("Cleveland Police survey return");
      XSSFSheet answers = book.createSheet("Sheet2");
      row(answers, 2, "force code:", "", "E23000013");
      row(answers, 4, " QUESTION_ID ", "answer", "comments");
      row(answers, 5, "Q01", "No", "");
      row(answers, 6, "", "not a question", "");
      row(answers, 8, "Q02", "4", "Fully aligned");
      save(book, file);
    }
    WorkbookReturn read = WorkbookReturnReader.read(file, NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.metadata()).isEqualTo(Metadata.NONE);
    assertThat(read.forceCodeCell()).isEqualTo("E23000013");
    assertThat(read.answers()).containsExactly(new Answer("Q01", "No", null, "Sheet2!B6"),
        new Answer("Q02", "4", "Fully aligned", "Sheet2!B9"));
  }

  @Test
  void swappedAnswerAndCommentColumnsAreFoundByTheirHeaders() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("swapped.xlsx", book -> {
      fillIn(book);
      XSSFSheet sheet = book.getSheet("Return");
      for (int r = 7; r <= sheet.getLastRowNum(); r++) {
        XSSFRow row = sheet.getRow(r);
        String d = new DataFormatter().formatCellValue(row.getCell(3));
        String e = new DataFormatter().formatCellValue(row.getCell(4));
        row.getCell(3).setCellValue(e);
        row.getCell(4).setCellValue(d);
      }
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.answers()).containsExactlyElementsOf(FILLED_IN.stream()
        .map(a -> new Answer(a.questionId(), a.answer(), a.comment(), a.cell().replace("!D", "!E"))).toList());
  }

  @Test
  void anInsertedColumnMovesNothingThatIsFoundByLabel() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("inserted.xlsx", book -> {
      fillIn(book);
      book.getSheet("Return").shiftColumns(0, 4, 1);
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.forceCodeCell()).isEqualTo("E23000013");
    assertThat(read.respondentRole()).isEqualTo("Head of ICT");
    assertThat(read.answers()).containsExactlyElementsOf(FILLED_IN.stream()
        .map(a -> new Answer(a.questionId(), a.answer(), a.comment(), a.cell().replace("!D", "!E"))).toList());
  }

  @Test
  void rowsWithoutAQuestionIdAreSkippedAndTenBlankRowsEndTheTable() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("notes.xlsx", book -> {
      XSSFSheet sheet = book.getSheet("Return");
      row(sheet, 15, "", "Signed off by the chief officer group", "", "");
      row(sheet, 16, "Q07", "An extra question the force added", "", "Yes");
      row(sheet, 27, "Q08", "Far below the table", "", "No");
    }), NAME);

    assertThat(read.answers()).extracting(Answer::questionId)
        .containsExactly("Q01", "Q02", "Q03", "Q04", "Q05", "Q06", "Q07");
    assertThat(read.answers().get(6)).isEqualTo(new Answer("Q07", "Yes", null, "Return!D17"));
  }

  @Test
  void aForceCodeChangedOnTheSheetIsReadAsFound() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("other-force.xlsx", book -> {
      fillIn(book);
      cell(book.getSheet("Return"), "B3").setCellValue("W15000004");
    }), NAME);

    assertThat(read.problems()).isEmpty();
    assertThat(read.forceCodeCell()).isEqualTo("W15000004");
    assertThat(read.metadata().forceCode()).isEqualTo("E23000013");
    assertThat(read.answers()).containsExactlyElementsOf(FILLED_IN);
  }

  @Test
  void aDeletedAnswerColumnIsAProblemThatSaysWhatWasFound() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("no-answer.xlsx", book -> {
      XSSFSheet sheet = book.getSheet("Return");
      for (Row row : sheet) {
        Cell answer = row.getCell(3);
        if (answer != null) {
          row.removeCell(answer);
        }
      }
      sheet.shiftColumns(4, 4, -1);
    }), NAME);

    assertThat(read.problems()).containsExactly("Cannot read returns/cleveland.xlsx: the header row (Return!A8:D8) "
        + "has no Answer column; found [Question ID, Question, Answer type, Comment]; put the Answer column back, "
        + "headed Answer, and send it again");
    assertThat(read.answers()).isEmpty();
    assertThat(read.forceCodeCell()).isEqualTo("E23000013");
    assertThat(read.metadata()).isEqualTo(CLEVELAND_2026);
  }

  @Test
  void aWorkbookWithOnlyABlankSheetHasNoHeaderRow() throws IOException {
    Path file = dir.resolve("blank.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Sheet1");
      save(book, file);
    }
    assertThat(WorkbookReturnReader.read(file, NAME).problems()).containsExactly("Cannot read returns/cleveland.xlsx: "
        + "no sheet has a header row with Question ID and Answer; the Return sheet may have been deleted; "
        + "send the workbook again with its Return sheet");
  }

  @Test
  void aPasswordProtectedReturnIsAProblem() throws Exception {
    Path plain = edited("plain.xlsx", WorkbookReturnReaderTest::fillIn);
    Path file = dir.resolve("protected.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("Cleveland2026");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it is protected with a password; "
        + "save it without a password and send it again");
  }

  @Test
  void anOldXlsWorkbookIsAProblemThatSaysToSaveAsXlsx() throws IOException {
    Path file = dir.resolve("old.xlsx");
    try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Return").createRow(0).createCell(0).setCellValue("Question ID");
      book.write(out);
    }
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it is an old Excel 97-2003 workbook (.xls); "
        + "open it in Excel, save it as an Excel Workbook (.xlsx) and send it again");
  }

  @Test
  void aTruncatedReturnIsAProblem() throws IOException {
    byte[] whole = Files.readAllBytes(edited("whole.xlsx", WorkbookReturnReaderTest::fillIn));
    Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it is not an Excel workbook (.xlsx), or it is "
        + "damaged: it is a zip archive that does not hold a readable workbook, perhaps because the file is "
        + "incomplete; save the return as an Excel Workbook (.xlsx) and send it again");
  }

  @Test
  void aCsvFileRenamedXlsxIsAProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("csv.xlsx"), "force_code,question_id,answer\nE23000013,Q01,Yes\n");
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it is not an Excel workbook (.xlsx), or it is "
        + "damaged: it holds plain text, perhaps CSV, not a workbook; save the return as an Excel Workbook (.xlsx) "
        + "and send it again");
  }

  @Test
  void anEmptyMissingOrHugeFileIsAProblem() throws IOException {
    assertUnreadable(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "Cannot read returns/cleveland.xlsx: it "
        + "is not an Excel workbook (.xlsx), or it is damaged: the file is empty (0 bytes); save the return as an "
        + "Excel Workbook (.xlsx) and send it again");
    assertUnreadable(dir.resolve("missing.xlsx"), "Cannot read returns/cleveland.xlsx: the file does not exist");
    Path huge = Files.write(dir.resolve("huge.xlsx"), new byte[(int) WorkbookReturnReader.MAX_FILE_BYTES + 1]);
    assertUnreadable(huge, "Cannot read returns/cleveland.xlsx: it is larger than the 20 MB a survey return may be "
        + "(20,971,521 bytes); remove any pictures or extra sheets and send it again");
  }

  @Test
  void aZipBombIsRefusedBeforeItInflates() throws IOException {
    Path file = withSheetXml("bomb.xlsx", xml -> {
      int root = xml.indexOf("<worksheet");
      return xml.substring(0, root) + " ".repeat(20 * 1024 * 1024) + xml.substring(root);
    });
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it inflates to far more data than a survey return "
        + "holds (a possible zip bomb), so it was not opened; send the return workbook again as saved by Excel");
  }

  @Test
  void anExternalEntityIsRefusedNeverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the contents of a server file");
    Path file = withSheetXml("entity.xlsx", xml -> {
      int root = xml.indexOf("<worksheet");
      String withEntity = xml.substring(0, root) + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \""
          + secret.toUri() + "\">]>" + xml.substring(root);
      return withEntity.replaceFirst("<c r=\"D9\"[^>]*/>", "<c r=\"D9\" t=\"inlineStr\"><is><t>&secret;</t></is></c>");
    });
    assertUnreadable(file, "Cannot read returns/cleveland.xlsx: it is not an Excel workbook (.xlsx), or it is "
        + "damaged: it is a zip archive that does not hold a readable workbook, perhaps because the file is "
        + "incomplete; save the return as an Excel Workbook (.xlsx) and send it again");
  }

  @Test
  void aDamagedCellIsAProblemNamingTheCell() throws IOException {
    WorkbookReturn read = WorkbookReturnReader.read(edited("damaged-cell.xlsx", book -> {
      fillIn(book);
      XSSFCell cell = cell(book.getSheet("Return"), "D11");
      cell.getCTCell().setT(STCellType.N);
      cell.getCTCell().setV("seventy");
    }), NAME);

    assertThat(read.problems()).containsExactly("Cannot read returns/cleveland.xlsx, cell Return!D11: the cell is "
        + "damaged (Cannot get a NUMERIC value from a STRING cell); type its value again and send the return again");
    assertThat(read.answers()).hasSize(6);
    assertThat(read.answers().get(2)).isEqualTo(new Answer("Q03", null, null, "Return!D11"));
  }

  @Test
  void rowsBeyondTheCapAreNotReadAndSaySo() throws IOException {
    Path file = dir.resolve("many.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("Return");
      row(sheet, 0, "Question ID", "Answer");
      for (int r = 1; r <= WorkbookReturnReader.MAX_ROWS + 1; r++) {
        row(sheet, r, "Q" + r, "Yes");
      }
      save(book, file);
    }
    WorkbookReturn read = WorkbookReturnReader.read(file, NAME);

    assertThat(read.answers()).hasSize(WorkbookReturnReader.MAX_ROWS);
    assertThat(read.problems()).containsExactly("Cannot read all of returns/cleveland.xlsx: sheet Return has more "
        + "than 5,000 rows below its header row (Return!A1:B1); only the first 5,000 were read; delete the rows "
        + "that are not answers and send it again");
  }

  @Test
  void numbersArePlainAndPercentFormatsAreFoundOutsideQuotes() {
    assertThat(WorkbookReturnCells.plain(new BigDecimal("7.50E+1"))).isEqualTo("75");
    assertThat(WorkbookReturnCells.plain(new BigDecimal("-0.0"))).isEqualTo("0");
    assertThat(WorkbookReturnCells.plain(new BigDecimal("12.250"))).isEqualTo("12.25");
    assertThat(WorkbookReturnCells.isPercentFormat("0.0%")).isTrue();
    assertThat(WorkbookReturnCells.isPercentFormat("0\"%\"")).isFalse();
    assertThat(WorkbookReturnCells.isPercentFormat("0\\%")).isFalse();
    assertThat(WorkbookReturnCells.isPercentFormat("General")).isFalse();
  }

  private void assertUnreadable(Path file, String problem) {
    WorkbookReturn read = WorkbookReturnReader.read(file, NAME);
    assertThat(read.problems()).containsExactly(problem);
    assertThat(read.answers()).isEmpty();
    assertThat(read.file()).isEqualTo(NAME);
  }

  /** The blank template with the XML of its Return sheet rewritten, as no spreadsheet would write it. */
  private Path withSheetXml(String name, UnaryOperator<String> rewrite) throws IOException {
    Path file = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          data = rewrite.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return file;
  }

  private Path template() throws IOException {
    Path file = dir.resolve("template.xlsx");
    ReturnTemplate.write(everyType(), CLEVELAND, 2026, file);
    return file;
  }

  /** The template as a force sends it back after {@code edit}. */
  private Path edited(String name, Consumer<XSSFWorkbook> edit) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Files.newInputStream(template()); XSSFWorkbook book = new XSSFWorkbook(in)) {
      edit.accept(book);
      save(book, file);
    }
    return file;
  }

  private static void save(XSSFWorkbook book, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
  }

  private static XSSFCell cell(XSSFSheet sheet, String address) {
    CellReference ref = new CellReference(address);
    XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
    return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
  }

  /** Text cells from column A; empty strings leave the cell out. */
  private static void row(XSSFSheet sheet, int r, String... values) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
  }

  private static XSSFCellStyle formatted(XSSFWorkbook book, XSSFCellStyle from, String format) {
    XSSFCellStyle style = book.createCellStyle();
    style.cloneStyleFrom(from);
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }
}
