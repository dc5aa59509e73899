package uk.inspectorate.interop.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.ingest.WorkbookReturn.Answer;
import uk.inspectorate.interop.ingest.WorkbookReturn.Metadata;

/**
 * Reads a survey return workbook that a force filled in and sent back, cell by cell, into a
 * {@link WorkbookReturn}. It never throws for what is in the file: a file it cannot read, or
 * cannot read whole, gives problem messages that name the file, the place and the fix.
 *
 * <p>Forces edit their returns, so nothing is found by a fixed address. The answer table is on
 * the sheet that {@code _meta} names or, when that sheet was renamed or emptied, on the first
 * visible sheet with a header row (in its first 30 rows) holding {@code Question ID} and
 * {@code Answer} in any case; its columns are found by their headers, so moved or inserted
 * columns still read; rows without a question id are skipped, and the table ends at 10 fully
 * blank rows in a row. The force code, respondent role and date are the cells to the right of
 * their labels above the header row.
 *
 * <p>The files come from outside, so they are opened read-only with POI's protections: a cap on
 * the file's size, on every part's inflated size and on its inflation ratio (zip bombs), on any
 * single allocation, and on the rows read; POI's XML parsers refuse external entities.
 */
public final class WorkbookReturnReader {
  /** Most rows read below the header row: a return has tens of questions, never thousands. */
  static final int MAX_ROWS = 5_000;
  static final int HEADER_SEARCH_ROWS = 30;
  static final int END_OF_TABLE_BLANK_ROWS = 10;
  /** A return is tens of kilobytes; room is left for a pasted picture or two. */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** The most a single part of the workbook may inflate to, and the most POI allocates at once. */
  static final int MAX_PART_BYTES = 64 * 1024 * 1024;
  /** A part inflating more than a hundredfold is taken for a zip bomb (POI's default ratio). */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** How many cells to the right of a label its value may be, e.g. after an inserted column. */
  private static final int LABEL_REACH = 3;

  static {
    // POI keeps these limits JVM-wide; they are set once, before any return is opened.
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    IOUtils.setByteArrayMaxOverride(MAX_PART_BYTES);
  }

  private WorkbookReturnReader() {}

  /** Reads {@code file}, naming it in messages by its file name. */
  public static WorkbookReturn read(Path file) {
    return read(file, String.valueOf(file.getFileName()));
  }

  /**
   * Reads {@code file}, naming it in messages as {@code name}, e.g. {@code returns/avon.xlsx}
   * (the path relative to the year folder).
   */
  public static WorkbookReturn read(Path file, String name) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return WorkbookReturn.unreadable(name, cannot(name, String.format(Locale.UK,
            "it is larger than the %d MB a survey return may be (%,d bytes); remove any pictures or extra "
                + "sheets and send it again", MAX_FILE_BYTES / (1024 * 1024), size)));
      }
    } catch (IOException e) {
      return WorkbookReturn.unreadable(name, unopenable(name, e));
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      return WorkbookReturn.unreadable(name, problem(file, name, e));
    }
    try {
      XSSFWorkbook workbook;
      try {
        workbook = new XSSFWorkbook(pkg);
      } catch (IOException | RuntimeException e) {
        return WorkbookReturn.unreadable(name, problem(file, name, e));
      }
      return new Reading(name, workbook).read();
    } finally {
      // Read-only: revert, since closing a package means saving it.
      pkg.revert();
    }
  }

  private static String cannot(String name, String why) {
    return "Cannot read " + name + ": " + why;
  }

  private static String unopenable(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return cannot(name, "the file does not exist");
    }
    return cannot(name, "the file cannot be opened (" + e.getMessage() + ")");
  }

  /**
   * The message for a file that POI refused, by what the refusal says the file is: a zip bomb, an
   * OLE2 file (password-protected or .xls), an empty file; anything else ({@link
   * NotOfficeXmlFileException}, {@link InvalidFormatException}, {@link POIXMLException}, an
   * {@link IOException} or a parser's runtime exception on a malformed part) is a file that is not
   * a workbook or is damaged, described by its first bytes.
   */
  private static String problem(Path file, String name, Exception e) {
    if (isZipBomb(e)) {
      return cannot(name, "it inflates to far more data than a survey return holds (a possible zip bomb), so "
          + "it was not opened; send the return workbook again as saved by Excel");
    }
    if (e instanceof OLE2NotOfficeXmlFileException) {
      return ole2(file, name);
    }
    if (e instanceof EncryptedDocumentException) {
      return passwordProtected(name);
    }
    if (e instanceof EmptyFileException) {
      return notAWorkbook(name, "the file is empty (0 bytes)");
    }
    return notAWorkbook(name, whatItIs(file, e));
  }

  private static String passwordProtected(String name) {
    return cannot(name, "it is protected with a password; save it without a password and send it again");
  }

  private static String notAWorkbook(String name, String detail) {
    return cannot(name, "it is not an Excel workbook (.xlsx), or it is damaged: " + detail
        + "; save the return as an Excel Workbook (.xlsx) and send it again");
  }

  /**
   * An OLE2 file is a password-protected workbook (Excel encrypts into an OLE2 container), an
   * old .xls workbook, or some other old Office document.
   */
  private static String ole2(Path file, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
          || root.hasEntryCaseInsensitive("EncryptionInfo")) {
        return passwordProtected(name);
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return cannot(name, "it is an old Excel 97-2003 workbook (.xls); open it in Excel, save it as an "
            + "Excel Workbook (.xlsx) and send it again");
      }
      return notAWorkbook(name, "it is an older Office document, not a workbook");
    } catch (IOException | RuntimeException e) {
      return notAWorkbook(name, "it is an older Office file that cannot be read (" + rootMessage(e) + ")");
    }
  }

  /** What the file looks like, from its first bytes, for a message a person can act on. */
  private static String whatItIs(Path file, Exception e) {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(512);
    } catch (IOException io) {
      return rootMessage(e);
    }
    FileMagic magic = FileMagic.valueOf(start);
    return switch (magic) {
      case OOXML -> "it is a zip archive that does not hold a readable workbook, perhaps because the file is "
          + "incomplete";
      case PDF -> "it is a PDF document";
      case HTML -> "it is a web page (HTML)";
      case XML -> "it is an XML file, not a workbook";
      default -> looksLikeText(start) ? "it holds plain text, perhaps CSV, not a workbook"
          : "its contents are not a workbook (" + rootMessage(e) + ")";
    };
  }

  private static boolean looksLikeText(byte[] start) {
    if (start.length == 0) {
      return false;
    }
    String text = new String(start, StandardCharsets.ISO_8859_1);
    long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
    return control == 0;
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("Zip bomb") || m.contains("potentially malicious"))) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message, on one line and short: POI's outer messages often just repeat the path. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    int sentence = m.indexOf(". ");
    if (sentence > 0) {
      m = m.substring(0, sentence);
    }
    return m.length() <= 160 ? m : m.substring(0, 159) + "\u2026";
  }

  /** The header row of the answer table, and where its columns are. */
  private record Table(XSSFSheet sheet, int headerRow, Map<String, Integer> columns, List<String> found,
      int firstColumn, int lastColumn) {

    int column(String header) {
      return columns.getOrDefault(key(header), -1);
    }

    boolean has(String header) {
      return column(header) >= 0;
    }

    String range() {
      return new CellRangeAddress(headerRow, headerRow, firstColumn, lastColumn).formatAsString(
          sheet.getSheetName(), false);
    }
  }

  /** One workbook being read; collects the problems as it goes. */
  private static final class Reading {
    private final String name;
    private final XSSFWorkbook workbook;
    private final List<String> problems = new ArrayList<>();

    Reading(String name, XSSFWorkbook workbook) {
      this.name = name;
      this.workbook = workbook;
    }

    WorkbookReturn read() {
      Map<String, String> meta = meta();
      Metadata metadata = new Metadata(meta.get(WorkbookReturnLayout.KEY_CODE_ID),
          meta.get(WorkbookReturnLayout.KEY_CODE_VERSION), meta.get(WorkbookReturnLayout.KEY_YEAR),
          meta.get(WorkbookReturnLayout.KEY_FORCE_CODE), meta.get(WorkbookReturnLayout.KEY_TEMPLATE_VERSION));
      Table table = table(meta.get(WorkbookReturnLayout.KEY_RETURN_SHEET));
      if (table == null) {
        problems.add(cannot(name, "no sheet has a header row with " + WorkbookReturnLayout.QUESTION_ID + " and "
            + WorkbookReturnLayout.ANSWER + "; the " + WorkbookReturnLayout.RETURN_SHEET + " sheet may have been "
            + "deleted; send the workbook again with its " + WorkbookReturnLayout.RETURN_SHEET + " sheet"));
        return new WorkbookReturn(name, metadata, null, null, null, List.of(), problems);
      }
      String forceCode = labelled(table, WorkbookReturnLayout.FORCE_CODE);
      String role = labelled(table, WorkbookReturnLayout.RESPONDENT_ROLE);
      String submittedOn = labelled(table, WorkbookReturnLayout.SUBMITTED_ON);
      List<Answer> answers = List.of();
      if (table.has(WorkbookReturnLayout.ANSWER)) {
        answers = answers(table);
      } else {
        problems.add(cannot(name, "the header row (" + table.range() + ") has no " + WorkbookReturnLayout.ANSWER
            + " column; found " + table.found() + "; put the " + WorkbookReturnLayout.ANSWER
            + " column back, headed " + WorkbookReturnLayout.ANSWER + ", and send it again"));
      }
      return new WorkbookReturn(name, metadata, forceCode, role, submittedOn, answers, problems);
    }

    /** The key/value rows of the hidden {@code _meta} sheet; keys in lower case. */
    private Map<String, String> meta() {
      Map<String, String> values = new HashMap<>();
      XSSFSheet sheet = workbook.getSheet(WorkbookReturnLayout.META_SHEET);
      if (sheet == null) {
        return values;
      }
      int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
      for (int r = 0; r <= last; r++) {
        Row row = sheet.getRow(r);
        String key = row == null ? null : text(row.getCell(0));
        if (key != null) {
          values.putIfAbsent(key.toLowerCase(Locale.ROOT), text(row.getCell(1)));
        }
      }
      return values;
    }

    /**
     * The answer table: on the sheet {@code _meta} names if it has one, else on the first visible
     * sheet that does. A header with a question id but no answer column is returned only when no
     * sheet has a whole one, so that the message can say what was found.
     */
    private Table table(String pointer) {
      List<XSSFSheet> sheets = new ArrayList<>();
      XSSFSheet named = pointer == null ? null : workbook.getSheet(pointer);
      if (named != null) {
        sheets.add(named);
      }
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        XSSFSheet sheet = workbook.getSheetAt(i);
        if (sheet != named && workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
          sheets.add(sheet);
        }
      }
      Table partial = null;
      for (XSSFSheet sheet : sheets) {
        Table table = header(sheet);
        if (table != null && table.has(WorkbookReturnLayout.ANSWER)) {
          return table;
        }
        if (partial == null) {
          partial = table;
        }
      }
      return partial;
    }

    /** The first row of the first rows of {@code sheet} with a Question ID header, or null. */
    private Table header(XSSFSheet sheet) {
      int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
      for (int r = 0; r <= last; r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> found = new ArrayList<>();
        int first = -1;
        int lastColumn = -1;
        for (Cell cell : row) {
          String text = text(cell);
          if (text != null) {
            columns.putIfAbsent(key(text), cell.getColumnIndex());
            found.add(text);
            first = first < 0 ? cell.getColumnIndex() : first;
            lastColumn = cell.getColumnIndex();
          }
        }
        if (columns.containsKey(key(WorkbookReturnLayout.QUESTION_ID))) {
          if (!columns.containsKey(key(WorkbookReturnLayout.COMMENT)) && columns.containsKey("comments")) {
            columns.put(key(WorkbookReturnLayout.COMMENT), columns.get("comments"));
          }
          return new Table(sheet, r, columns, found, first, lastColumn);
        }
      }
      return null;
    }

    /** The value beside a label above the header row: the first non-blank cell just to its right. */
    private String labelled(Table table, String label) {
      for (int r = 0; r < table.headerRow(); r++) {
        Row row = table.sheet().getRow(r);
        if (row == null) {
          continue;
        }
        for (Cell cell : row) {
          String text = text(cell);
          if (text != null && key(text.endsWith(":") ? text.substring(0, text.length() - 1) : text)
              .equals(key(label))) {
            for (int c = cell.getColumnIndex() + 1; c <= cell.getColumnIndex() + LABEL_REACH; c++) {
              String value = text(row.getCell(c));
              if (value != null) {
                return value;
              }
            }
            return null;
          }
        }
      }
      return null;
    }

    private List<Answer> answers(Table table) {
      XSSFSheet sheet = table.sheet();
      int idColumn = table.column(WorkbookReturnLayout.QUESTION_ID);
      int answerColumn = table.column(WorkbookReturnLayout.ANSWER);
      int commentColumn = table.column(WorkbookReturnLayout.COMMENT);
      List<Answer> answers = new ArrayList<>();
      int blankRun = 0;
      boolean seenRows = false;
      int last = sheet.getLastRowNum();
      for (int r = table.headerRow() + 1; r <= last; r++) {
        Row row = sheet.getRow(r);
        if (r - table.headerRow() > MAX_ROWS) {
          if (!blank(row)) {
            problems.add("Cannot read all of " + name + ": sheet " + sheet.getSheetName() + " has more than "
                + String.format(Locale.UK, "%,d", MAX_ROWS) + " rows below its header row (" + table.range()
                + "); only the first " + String.format(Locale.UK, "%,d", MAX_ROWS) + " were read; delete the "
                + "rows that are not answers and send it again");
          }
          break;
        }
        if (blank(row)) {
          if (seenRows && ++blankRun >= END_OF_TABLE_BLANK_ROWS) {
            break;
          }
          continue;
        }
        seenRows = true;
        blankRun = 0;
        String questionId = text(row.getCell(idColumn));
        if (questionId != null) {
          String cell = new CellReference(sheet.getSheetName(), r, answerColumn, false, false).formatAsString();
          answers.add(new Answer(questionId, text(row.getCell(answerColumn)),
              commentColumn < 0 ? null : text(row.getCell(commentColumn)), cell));
        }
      }
      return answers;
    }

    private boolean blank(Row row) {
      if (row == null) {
        return true;
      }
      for (Cell cell : row) {
        if (text(cell) != null) {
          return false;
        }
      }
      return true;
    }

    /** The cell's text; a cell too damaged to read is a problem naming it, and reads as blank. */
    private String text(Cell cell) {
      try {
        return WorkbookReturnCells.text(cell);
      } catch (RuntimeException e) {
        String where = new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex(),
            false, false).formatAsString();
        String problem = "Cannot read " + name + ", cell " + where + ": the cell is damaged (" + rootMessage(e)
            + "); type its value again and send the return again";
        if (!problems.contains(problem)) {
          problems.add(problem);
        }
        return null;
      }
    }
  }

  /** A header or label compared in any case, with runs of spaces or underscores as one space. */
  private static String key(String text) {
    return text.strip().replaceAll("[\\s_\u00A0]+", " ").toLowerCase(Locale.ROOT);
  }
}
