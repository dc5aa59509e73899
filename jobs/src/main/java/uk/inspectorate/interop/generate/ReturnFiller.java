package uk.inspectorate.interop.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.ingest.WorkbookReturnLayout;

/**
 * Fills in a survey return template as a force would: the respondent's role, the date, and an
 * answer (and optionally a comment) in each question's row, typed as a person types them
 * (numbers as numbers, Yes/No and options as text). Used for the sample returns and by tests.
 */
public final class ReturnFiller {
  private ReturnFiller() {}

  /**
   * Writes {@code target}, a copy of {@code template} with the answers filled in.
   *
   * @param answers by question id: a {@link Number} is typed as a number, anything else as text;
   *     a question without an entry is left blank
   * @param comments by question id, optional
   */
  public static void fill(Path template, Path target, String role, LocalDate submittedOn,
      Map<String, Object> answers, Map<String, String> comments) throws IOException {
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(WorkbookReturnLayout.RETURN_SHEET);
      DataFormatter text = new DataFormatter(Locale.UK);
      int headerRow = -1;
      int idColumn = -1;
      int answerColumn = -1;
      int commentColumn = -1;
      for (Row row : sheet) {
        for (Cell cell : row) {
          String value = text.formatCellValue(cell).strip();
          if (headerRow < 0 && value.equals(WorkbookReturnLayout.RESPONDENT_ROLE)) {
            row.getCell(cell.getColumnIndex() + 1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(role);
          } else if (headerRow < 0 && value.equals(WorkbookReturnLayout.SUBMITTED_ON)) {
            Cell date = row.getCell(cell.getColumnIndex() + 1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            date.setCellValue(submittedOn);
          } else if (value.equals(WorkbookReturnLayout.QUESTION_ID)) {
            headerRow = row.getRowNum();
            idColumn = cell.getColumnIndex();
          } else if (row.getRowNum() == headerRow && value.equals(WorkbookReturnLayout.ANSWER)) {
            answerColumn = cell.getColumnIndex();
          } else if (row.getRowNum() == headerRow && value.equals(WorkbookReturnLayout.COMMENT)) {
            commentColumn = cell.getColumnIndex();
          }
        }
        if (headerRow >= 0 && row.getRowNum() > headerRow && idColumn >= 0) {
          Cell id = row.getCell(idColumn);
          if (id == null || id.getCellType() != CellType.STRING) {
            continue;
          }
          Object answer = answers.get(id.getStringCellValue().strip());
          Cell cell = row.getCell(answerColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
          if (answer instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (answer != null) {
            cell.setCellValue(answer.toString());
          }
          String comment = comments.get(id.getStringCellValue().strip());
          if (comment != null && commentColumn >= 0) {
            row.getCell(commentColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(comment);
          }
        }
      }
      if (answerColumn < 0) {
        throw new IOException("Cannot fill " + template + ": it has no " + WorkbookReturnLayout.ANSWER + " column");
      }
      java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
      workbook.write(written);
      Files.write(target, withFixedTimes(written.toByteArray(), submittedOn));
    }
  }

  /**
   * The workbook's zip with every entry dated {@code date}: the zip format stamps each part with
   * the time it was written, which would make two fills of the same answers differ byte for byte.
   */
  static byte[] withFixedTimes(byte[] zip, LocalDate date) throws IOException {
    long time = date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(zip.length);
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream rewritten = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
        copy.setTime(time);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
