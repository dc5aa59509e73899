package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.Results;

/**
 * The national workbook and a factsheet, written from the hand-made fixtures and dumped to text
 * cell by cell (sheet, cell, value, number format, note, link), equal their golden copies in
 * {@code src/test/resources/golden/}. A change to any sheet shows as a diff of that text; after
 * checking it, refresh the copies with {@code -Dgolden.update=true}.
 */
class WorkbookGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir
  Path dir;

  @Test
  void nationalWorkbookMatchesItsGoldenDump() throws IOException {
    Path file = dir.resolve("national.xlsx");
    WorkbookWriter.write(Results.of(Fixtures.withPreviousYear()), file);
    assertMatchesGolden(dump(file), "national-workbook.txt");
  }

  @Test
  void factsheetMatchesItsGoldenDump() throws IOException {
    Path file = dir.resolve("alpha.xlsx");
    FactsheetWriter.write(Results.of(Fixtures.withPreviousYear()), Fixtures.ALPHA, Map.of(), file);
    assertMatchesGolden(dump(file), "factsheet-alpha.txt");
  }

  private static void assertMatchesGolden(String actual, String name) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden copy; write it with -Dgolden.update=true").exists();
    assertThat(actual).as("the dump of " + name + " (refresh with -Dgolden.update=true after checking the diff)")
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** One line a non-empty cell: {@code Sheet!A1 | value | format [| note: ...] [| link: ...]}. */
  static String dump(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        XSSFSheet sheet = workbook.getSheetAt(i);
        text.append("== ").append(sheet.getSheetName()).append(" | header ").append(sheet.getHeader().getCenter())
            .append(" | tables ").append(sheet.getTables().stream().map(t -> t.getName() + " " + t.getArea().formatAsString()).toList())
            .append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            String value = switch (cell.getCellType()) {
              case STRING -> cell.getStringCellValue().replace("\n", "\\n");
              case NUMERIC -> String.valueOf(cell.getNumericCellValue());
              case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
              case FORMULA -> "FORMULA " + cell.getCellFormula();
              default -> "";
            };
            if (value.isEmpty() && cell.getCellComment() == null && cell.getHyperlink() == null) {
              continue;
            }
            text.append(sheet.getSheetName()).append('!').append(new CellReference(cell).formatAsString(false))
                .append(" | ").append(value).append(" | ").append(cell.getCellStyle().getDataFormatString());
            if (cell.getCellComment() != null) {
              text.append(" | note: ").append(cell.getCellComment().getString().getString().replace("\n", "\\n"));
            }
            if (cell.getHyperlink() != null) {
              text.append(" | link: ").append(cell.getHyperlink().getAddress());
            }
            text.append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
