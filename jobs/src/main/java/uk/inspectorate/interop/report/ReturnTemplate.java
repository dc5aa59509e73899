package uk.inspectorate.interop.report;

import static uk.inspectorate.interop.ingest.WorkbookReturnLayout.ANSWER;
import static uk.inspectorate.interop.ingest.WorkbookReturnLayout.COMMENT;
import static uk.inspectorate.interop.ingest.WorkbookReturnLayout.HEADERS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.WorkbookReturnLayout;

/**
 * Writes the survey return workbook that one force fills in, generated from the code's
 * questions: a {@code Return} sheet with the force's identity, a cell for the respondent's role
 * and the date, and one row a question with a drop-down or input check on its answer; an
 * {@code Instructions} sheet for the force's head of ICT; and a very hidden {@code _meta} sheet
 * that says which code, year and force the workbook was made for.
 *
 * <p>Everything but the answer cells is locked: the sheets are protected without a password
 * (protection guards against accidents, not against the force), columns and rows may still be
 * resized. The layout is {@link WorkbookReturnLayout}'s, which the reader of returns looks for.
 * The same code, force and year always give the same cells and document properties.
 */
public final class ReturnTemplate {
  /** The header row of the answer table, zero-based: row 8 of the sheet. */
  static final int HEADER_ROW = 7;

  static final int INSTRUCTIONS_HEADER_ROW = 2;
  static final int ANSWER_COLUMN = HEADERS.indexOf(ANSWER);
  static final int COMMENT_COLUMN = HEADERS.indexOf(COMMENT);

  /** The protective marking of a blank or completed return. */
  static final String MARKING = "OFFICIAL";

  /** Holds the options of choice questions too long or awkward for an in-cell list. */
  static final String LISTS_SHEET = "_lists";

  /** Excel refuses an in-cell list longer than this, separators included. */
  private static final int MAX_EXPLICIT_LIST = 255;
  private static final int MAX_ALERT_TITLE = 32;
  private static final int MAX_ALERT_TEXT = 255;
  private static final int MAX_ROLE_CHARS = 200;
  /** Points: a 14-point title needs more than the default row, which not every spreadsheet grows. */
  private static final float TITLE_HEIGHT = 21f;

  private static final String CREATOR = "Interop Maturity";

  /** "(0 not at all - 4 fully)" in a Likert question's text: what the ends of the scale mean. */
  private static final Pattern LIKERT_ENDS =
      Pattern.compile("\\(\\s*0\\s*[:=]?\\s*([^()]+?)\\s*[-\u2013,;]\\s*4\\s*[:=]?\\s*([^()]+?)\\s*\\)");

  private final NetworkCode code;
  private final Force force;
  private final int year;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final ReturnStyles looks;
  private final SheetWriter.PageLabels labels;
  private XSSFSheet lists;

  private ReturnTemplate(NetworkCode code, Force force, int year, XSSFWorkbook workbook) {
    this.code = code;
    this.force = force;
    this.year = year;
    this.workbook = workbook;
    this.styles = new WorkbookStyles(workbook);
    this.looks = new ReturnStyles(workbook, styles);
    this.labels = new SheetWriter.PageLabels(force.name() + ": survey return " + year, MARKING);
  }

  /** Writes the return workbook of {@code force} for {@code year} to {@code file}, creating its folder. */
  public static void write(NetworkCode code, Force force, int year, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (XSSFWorkbook workbook = build(code, force, year); OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** The workbook in memory, for tests that read cells without a file. */
  static XSSFWorkbook build(NetworkCode code, Force force, int year) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    ReturnTemplate template = new ReturnTemplate(code, force, year, workbook);
    // Both visible sheets first, so that the hidden ones come after them whenever they are made.
    XSSFSheet answers = workbook.createSheet(WorkbookReturnLayout.RETURN_SHEET);
    XSSFSheet instructions = workbook.createSheet(WorkbookReturnLayout.INSTRUCTIONS_SHEET);
    template.returnSheet(answers);
    template.instructions(instructions);
    template.meta();
    template.properties();
    workbook.setActiveSheet(0);
    // Stops sheets being renamed, moved or deleted by accident; no password, as for the sheets.
    workbook.lockStructure();
    return workbook;
  }

  private void returnSheet(XSSFSheet sheet) {
    DataValidationHelper checks = sheet.getDataValidationHelper();
    SheetWriter s = new SheetWriter(sheet, styles);
    s.maxWidth(0, 18);
    s.maxWidth(2, 26);
    s.nextRow();
    s.text(0, "Survey return " + year + ": " + codeName(), looks.title);
    s.nextRow();
    s.text(0, "Fill in the yellow cells only; a blank answer means not answered. "
        + "The Instructions sheet says what each answer accepts and where to send the return.", looks.lead);

    s.nextRow();
    s.text(0, WorkbookReturnLayout.FORCE_CODE, looks.label);
    s.text(1, force.code(), styles.text);
    s.nextRow();
    s.text(0, WorkbookReturnLayout.FORCE_NAME, looks.label);
    s.text(1, force.name(), styles.text);
    s.nextRow();
    s.text(0, WorkbookReturnLayout.RESPONDENT_ROLE, looks.label);
    s.number(1, null, looks.input);
    sheet.addValidationData(roleCheck(checks, sheet.getLastRowNum()));
    s.nextRow();
    s.text(0, WorkbookReturnLayout.SUBMITTED_ON, looks.label);
    s.number(1, null, looks.date);
    sheet.addValidationData(dateCheck(checks, sheet.getLastRowNum()));
    s.nextRow();

    s.headers(HEADERS);
    List<Question> questions = code.returnQuestions();
    for (Question q : questions) {
      s.nextRow();
      s.text(0, q.id(), styles.text);
      s.text(1, q.text(), styles.wrapped);
      s.text(2, answerType(q), styles.wrapped);
      s.number(ANSWER_COLUMN, null, looks.input);
      s.number(COMMENT_COLUMN, null, looks.wrapped);
      sheet.addValidationData(answerCheck(checks, q, sheet.getLastRowNum()));
    }
    s.finish(HEADER_ROW, 0, HEADERS.size() - 1, false, labels);
    sheet.getRow(0).setHeightInPoints(TITLE_HEIGHT);
    sheet.setColumnWidth(ANSWER_COLUMN, answerWidth(questions) * 256);
    sheet.setColumnWidth(COMMENT_COLUMN, 48 * 256);
    protect(sheet);
  }

  private String codeName() {
    String title = code.title() == null || code.title().isBlank() ? code.id() : code.title();
    return title + ", version " + code.version();
  }

  /** Wide enough for the longest option of a drop-down, so a chosen answer shows whole. */
  private static int answerWidth(List<Question> questions) {
    int widest = questions.stream().flatMap(q -> q.options().stream()).mapToInt(String::length).max().orElse(0);
    return Math.max(14, Math.min(30, widest + 4));
  }

  private static DataValidation roleCheck(DataValidationHelper checks, int row) {
    DataValidationConstraint length = checks.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
        String.valueOf(MAX_ROLE_CHARS), null);
    DataValidation check = checks.createValidation(length, cell(row, 1));
    alerts(check, "Respondent role",
        "Enter your role, not your name, in up to " + MAX_ROLE_CHARS + " characters, e.g. Head of ICT.");
    check.setShowPromptBox(true);
    check.createPromptBox("Respondent role", "Your role, not your name, e.g. Head of ICT.");
    return check;
  }

  /** The date a return is signed off: in the assessment year, or late in the year before. */
  private DataValidation dateCheck(DataValidationHelper checks, int row) {
    DataValidationConstraint date = checks.createDateConstraint(OperatorType.BETWEEN,
        "DATE(" + (year - 1) + ",1,1)", "DATE(" + year + ",12,31)", "yyyy-mm-dd");
    DataValidation check = checks.createValidation(date, cell(row, 1));
    String when = "a date from 1 January " + (year - 1) + " to 31 December " + year;
    alerts(check, "Date", "Enter " + when + ", e.g. 31/03/" + year + " or " + year + "-03-31.");
    check.setShowPromptBox(true);
    check.createPromptBox("Submitted on", "The date the return was signed off: " + when + ".");
    return check;
  }

  private DataValidation answerCheck(DataValidationHelper checks, Question q, int row) {
    DataValidationConstraint constraint = switch (q.type()) {
      case YES_NO -> checks.createExplicitListConstraint(new String[] {"Yes", "No"});
      case LIKERT_0_4 -> checks.createExplicitListConstraint(new String[] {"0", "1", "2", "3", "4"});
      case PERCENT -> checks.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
      case NUMBER -> checks.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
      case CHOICE -> fitsInCell(q.options())
          ? checks.createExplicitListConstraint(q.options().toArray(String[]::new))
          : checks.createFormulaListConstraint(listRange(q.options()));
    };
    DataValidation check = checks.createValidation(constraint, cell(row, ANSWER_COLUMN));
    alerts(check, alertTitle(q.type()), alertText(q));
    return check;
  }

  private static CellRangeAddressList cell(int row, int column) {
    return new CellRangeAddressList(row, row, column, column);
  }

  private static void alerts(DataValidation check, String title, String text) {
    check.setEmptyCellAllowed(true);
    check.setErrorStyle(DataValidation.ErrorStyle.STOP);
    check.setShowErrorBox(true);
    check.createErrorBox(cut(title, MAX_ALERT_TITLE), cut(text, MAX_ALERT_TEXT));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  /**
   * An in-cell list is a quoted, comma-separated formula: an option holding a comma or a quote,
   * or a list longer than Excel allows, goes on the hidden lists sheet instead.
   */
  private static boolean fitsInCell(List<String> options) {
    int length = options.stream().mapToInt(String::length).sum() + options.size() - 1;
    return !options.isEmpty() && length <= MAX_EXPLICIT_LIST
        && options.stream().noneMatch(o -> o.isEmpty() || o.contains(",") || o.contains("\""));
  }

  /** Writes the options to a new column of the hidden lists sheet and returns its range. */
  private String listRange(List<String> options) {
    if (lists == null) {
      lists = workbook.createSheet(LISTS_SHEET);
      workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
      protect(lists);
    }
    int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
    for (int r = 0; r < options.size(); r++) {
      XSSFRow row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
      plainText(row.createCell(column), options.get(r));
    }
    String first = new CellReference(LISTS_SHEET, 0, column, true, true).formatAsString();
    return first + ":" + new CellReference(options.size() - 1, column, true, true).formatAsString();
  }

  /** What the Answer type column says: what the answer cell accepts, in words. */
  static String answerType(Question q) {
    return switch (q.type()) {
      case YES_NO -> "Yes or No";
      case LIKERT_0_4 -> likertEnds(q.text())
          .map(ends -> "Whole number 0 to 4 (0 = " + ends.get(0) + ", 4 = " + ends.get(1) + ")")
          .orElse("Whole number 0 to 4");
      case PERCENT -> "Percentage, 0 to 100";
      case NUMBER -> "Number, 0 or more";
      case CHOICE -> "One of: " + String.join(", ", q.options());
    };
  }

  private static String alertTitle(QuestionType type) {
    return switch (type) {
      case YES_NO -> "Yes or No";
      case LIKERT_0_4 -> "Whole number 0 to 4";
      case PERCENT -> "Percentage 0 to 100";
      case NUMBER -> "Number 0 or more";
      case CHOICE -> "Choose from the list";
    };
  }

  /** The message shown when an answer is refused: what is allowed, with an example. */
  static String alertText(Question q) {
    return switch (q.type()) {
      case YES_NO -> "Choose Yes or No from the list.";
      case LIKERT_0_4 -> "Enter a whole number from 0 to 4" + likertEnds(q.text())
          .map(ends -> ", where 0 means " + ends.get(0) + " and 4 means " + ends.get(1)).orElse("") + ".";
      case PERCENT -> "Enter a percentage as a number from 0 to 100, e.g. 75 for 75%.";
      case NUMBER -> "Enter a number of 0 or more, without units or words, e.g. 12 or 1250.5.";
      case CHOICE -> "Choose one of the options in the list: " + String.join(", ", q.options()) + ".";
    };
  }

  /** What 0 and 4 mean, when the question's text says so, e.g. "(0 none - 4 all)". */
  static Optional<List<String>> likertEnds(String text) {
    Matcher m = LIKERT_ENDS.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(List.of(m.group(1), m.group(2))) : Optional.empty();
  }

  /**
   * Locks every cell whose style is locked (all but the yellow input cells) while letting the
   * user resize columns and rows, e.g. to read a long comment.
   */
  private static void protect(XSSFSheet sheet) {
    sheet.enableLocking();
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
  }

  private void instructions(XSSFSheet sheet) {
    SheetWriter s = new SheetWriter(sheet, styles);
    s.maxWidth(0, 24);
    s.maxWidth(1, 90);
    s.nextRow();
    s.text(0, "How to complete the " + year + " survey return", looks.title);
    s.nextRow();
    s.headers(List.of("Topic", "Guidance"));
    for (Map.Entry<String, String> e : guidance().entrySet()) {
      s.nextRow();
      s.text(0, e.getKey(), looks.label);
      s.text(1, e.getValue(), styles.wrapped);
    }
    s.finish(INSTRUCTIONS_HEADER_ROW, 0, 1, false, labels);
    sheet.getRow(0).setHeightInPoints(TITLE_HEIGHT);
    sheet.getPrintSetup().setLandscape(false);
    protect(sheet);
  }

  private Map<String, String> guidance() {
    Map<String, String> g = new LinkedHashMap<>();
    g.put("What this is", "The " + force.name() + " return to the questionnaire of the " + codeName() + " ("
        + code.id() + "), for the " + year + " assessment of how far each police force of England and Wales "
        + "meets the ICT interoperability network code. Inspectors read your answers alongside your "
        + "technology inventory; where a requirement cross-checks an answer, they compare the two.");
    g.put("Who fills it in", "The head of ICT or chief digital officer, or someone they nominate who can "
        + "answer for the whole force. Answer for the force as it is on the day you sign the return off, "
        + "including services run for you by a region, a consortium or a national body.");
    g.put("Where to answer", "On the " + WorkbookReturnLayout.RETURN_SHEET + " sheet, fill in the yellow "
        + "cells only: " + WorkbookReturnLayout.RESPONDENT_ROLE + " (your role, not your name), "
        + WorkbookReturnLayout.SUBMITTED_ON + " (the date the return is signed off, from 1 January " + (year - 1)
        + " to 31 December " + year + "), and the " + ANSWER + " and " + COMMENT + " of each question. The other "
        + "cells are locked so that the questions cannot be changed by accident; the sheets are protected "
        + "without a password. You may widen columns and rows.");
    for (QuestionType type : QuestionType.values()) {
      if (code.returnQuestions().stream().anyMatch(q -> q.type() == type)) {
        g.put(typeTopic(type), typeGuidance(type));
      }
    }
    g.put("Blank answers", "A blank " + ANSWER + " means the question is not answered, and the assessment then "
        + "has no answer from the force for it. Answer every question you can. If you cannot answer one, leave "
        + "it blank and say why in " + COMMENT + "; do not type n/a, unknown or see comment as the answer.");
    g.put("Comments", "Optional: anything the inspectors should know about an answer, such as work under way "
        + "that will change it. Comments are kept internal to the inspectorate and are never published.");
    g.put("Please do not", "Rename, move or delete the sheets, the questions or the columns; change a "
        + "question ID or the force code; add a password; or save the workbook in another format. The "
        + "return is read back automatically, cell by cell.");
    g.put("Sending it back", "Save the workbook as an Excel Workbook (.xlsx), without a password and keeping "
        + "its file name, and send it to the inspectorate's interoperability assessment team at the address, "
        + "and by the date, given in the letter that came with it. Ask the same team if a question is unclear.");
    g.put("Protective marking", MARKING + ". Handle the completed return as " + MARKING + ".");
    return g;
  }

  private static String typeTopic(QuestionType type) {
    return switch (type) {
      case YES_NO -> "Answer type: Yes or No";
      case LIKERT_0_4 -> "Answer type: 0 to 4";
      case PERCENT -> "Answer type: percentage";
      case NUMBER -> "Answer type: number";
      case CHOICE -> "Answer type: one of a list";
    };
  }

  private static String typeGuidance(QuestionType type) {
    return switch (type) {
      case YES_NO -> "Choose Yes or No from the drop-down list in the answer cell.";
      case LIKERT_0_4 -> "A whole number from 0 to 4, from the drop-down list. Where the question says what 0 "
          + "and 4 mean, the " + WorkbookReturnLayout.ANSWER_TYPE + " column repeats it; 2 is halfway between.";
      case PERCENT -> "A number from 0 to 100, e.g. 75 for 75%. Typing 75% also works; decimals are allowed.";
      case NUMBER -> "A number of 0 or more, without units or words, e.g. 12 or 1250.5.";
      case CHOICE -> "One of the options in the drop-down list, exactly as listed; the "
          + WorkbookReturnLayout.ANSWER_TYPE + " column shows them all.";
    };
  }

  private void meta() {
    XSSFSheet sheet = workbook.createSheet(WorkbookReturnLayout.META_SHEET);
    int r = 0;
    for (Map.Entry<String, String> e : metaValues().entrySet()) {
      XSSFRow row = sheet.createRow(r++);
      plainText(row.createCell(0), e.getKey());
      plainText(row.createCell(1), e.getValue());
    }
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    protect(sheet);
    // Very hidden: no menu can show it, so the pointer back to the code and force stays intact.
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }

  private Map<String, String> metaValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(WorkbookReturnLayout.KEY_CODE_ID, code.id());
    values.put(WorkbookReturnLayout.KEY_CODE_VERSION, code.version());
    values.put(WorkbookReturnLayout.KEY_YEAR, String.valueOf(year));
    values.put(WorkbookReturnLayout.KEY_FORCE_CODE, force.code());
    values.put(WorkbookReturnLayout.KEY_TEMPLATE_VERSION, String.valueOf(WorkbookReturnLayout.TEMPLATE_VERSION));
    values.put(WorkbookReturnLayout.KEY_RETURN_SHEET, WorkbookReturnLayout.RETURN_SHEET);
    return values;
  }

  private void plainText(XSSFCell cell, String value) {
    String clean = SafeText.cell(value);
    cell.setCellValue(clean);
    cell.setCellStyle(SafeText.looksLikeFormula(clean) ? styles.quoted(styles.text) : styles.text);
  }

  private void properties() {
    POIXMLProperties props = workbook.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setTitle("Survey return " + year + ": " + force.name());
    core.setSubjectProperty("The questionnaire of " + code.label());
    core.setCreator(CREATOR);
    core.setCategory(MARKING);
    core.setKeywords(force.code());
    Optional<Date> created = Optional.of(Date.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(created);
    core.setModified(created);
    POIXMLProperties.CustomProperties custom = props.getCustomProperties();
    metaValues().forEach(custom::addProperty);
  }
}
