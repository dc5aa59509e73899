package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.generate.ReturnFiller;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.report.ReturnTemplate;

/**
 * Survey return workbooks as forces really send them back, each case one workbook run through
 * {@code validate}: every answer is used or rejected with its reason, or the run stops naming
 * the file.
 */
class WorkbookReturnCasesTest {
  static final Path CORPUS = Path.of("src/test/resources/bad-inputs").toAbsolutePath();
  static final Path FORCES = Path.of("../data-samples/forces.csv").toAbsolutePath();
  static final Map<String, Object> ANSWERS = Map.of("Q1", 3, "Q2", "Yes", "Q3", 75, "Q4", "in_progress");

  @TempDir
  Path dir;

  record Outcome(int exit, String err, Map<String, Long> rejects, long used, List<String> reasons) {}

  @BeforeAll
  static void startSpark() {
    TestSpark.session();
  }

  @Test
  void aFilledInReturnIsUsedWhole() throws Exception {
    Outcome o = validate(List.of(filled("cleveland", 2026, ANSWERS)));
    assertThat(o.exit()).isZero();
    assertThat(o.used()).isEqualTo(4);
    assertThat(o.rejects()).isEmpty();
  }

  @Test
  void aRenamedReturnSheetIsStillRead() throws Exception {
    Path file = filled("cleveland", 2026, ANSWERS);
    edit(file, book -> book.setSheetName(book.getSheetIndex("Return"), "Our answers"));
    Outcome o = validate(List.of(file));
    assertThat(o.used()).isEqualTo(4);
  }

  @Test
  void lastYearsReturnIsSetAsideWithTheReason() throws Exception {
    Outcome o = validate(List.of(filled("cleveland", 2025, ANSWERS)));
    assertThat(o.rejects()).isEqualTo(Map.of("wrong_return", 4L));
    assertThat(o.reasons()).containsOnly("the return is for 2025, not 2026; send this year's return");
  }

  @Test
  void aReturnWhoseForceCodeWasChangedIsSetAside() throws Exception {
    Path file = filled("cleveland", 2026, ANSWERS);
    edit(file, book -> book.getSheet("Return").getRow(2).getCell(1).setCellValue("E23000008"));
    Outcome o = validate(List.of(file));
    assertThat(o.rejects()).isEqualTo(Map.of("wrong_return", 4L));
    assertThat(o.reasons()).containsOnly("the workbook was made for force E23000013 but its Force code cell says "
        + "E23000008; each force fills in its own template");
  }

  @Test
  void aSecondReturnFromTheSameForceIsRejectedAsDuplicateAnswers() throws Exception {
    Path first = filled("cleveland", 2026, ANSWERS);
    Path second = dir.resolve("work/cleveland-resent.xlsx");
    Files.copy(first, second);
    Outcome o = validate(List.of(first, second));
    assertThat(o.used()).isEqualTo(4);
    assertThat(o.rejects()).isEqualTo(Map.of("duplicate_answer", 4L));
    // Files are read in name order, so cleveland-resent.xlsx counts first and cleveland.xlsx repeats it.
    assertThat(o.reasons()).contains("the force answers this question earlier (first at returns/cleveland-resent.xlsx record 9)");
  }

  @Test
  void anAnswerTypedPastTheDropDownIsRejectedWithItsRow() throws Exception {
    Outcome o = validate(List.of(filled("cleveland", 2026, Map.of("Q1", 7, "Q2", "Maybe", "Q3", 75))));
    assertThat(o.rejects()).isEqualTo(Map.of("invalid_answer", 2L, "missing_answer", 1L));
    assertThat(o.reasons()).contains("answer '7' to Q1 is not a whole number 0-4", "answer 'Maybe' to Q2 is not Yes or No",
        "answer is empty");
  }

  @Test
  void aPasswordProtectedReturnStopsTheRunWithTheFix() throws Exception {
    Path plain = filled("cleveland", 2026, ANSWERS);
    Path file = dir.resolve("work/protected/cleveland.xlsx");
    Files.createDirectories(file.getParent());
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
    Outcome o = validate(List.of(file));
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("Cannot read ").contains("/2026/returns/cleveland.xlsx: it is protected with a password; "
        + "save it without a password and send it again");
  }

  @Test
  void aDamagedReturnStopsTheRunNamingTheFile() throws Exception {
    Path good = filled("cleveland", 2026, ANSWERS);
    byte[] bytes = Files.readAllBytes(good);
    Files.write(good, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Outcome o = validate(List.of(good));
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("/2026/returns/cleveland.xlsx: it is not an Excel workbook (.xlsx), or it is damaged");
  }

  /** A force's template for {@code year}, filled in with {@code answers}. */
  private Path filled(String slug, int year, Map<String, Object> answers) throws Exception {
    NetworkCode code = CodeLoader.load(CORPUS.resolve("code-returns.yaml"));
    Force force = ForceRegistry.load(FORCES).forces().stream().filter(f -> f.slug().equals(slug)).findFirst().orElseThrow();
    Path template = dir.resolve("templates/" + year + "/" + slug + ".xlsx");
    Files.createDirectories(template.getParent());
    ReturnTemplate.write(code, force, year, template);
    Path file = dir.resolve("work/" + slug + ".xlsx");
    Files.createDirectories(file.getParent());
    ReturnFiller.fill(template, file, "Head of ICT", LocalDate.of(year, 3, 1), answers, Map.of());
    return file;
  }

  private static void edit(Path file, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(file)) {
      book = new XSSFWorkbook(in);
    }
    change.accept(book);
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.close();
  }

  private Outcome validate(List<Path> workbooks) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(FORCES, data.resolve("forces.csv"));
    Files.copy(CORPUS.resolve("code-returns.yaml"), data.resolve("network-code.yaml"));
    Path returns = Files.createDirectories(data.resolve("2026/returns"));
    for (Path workbook : workbooks) {
      Files.copy(workbook, returns.resolve(workbook.getFileName()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "--year", "2026",
        "--data", data.toString(), "--out", dir.resolve("out").toString());
    assertThat(err.toString()).doesNotContain("\tat ");
    if (exit != 0) {
      return new Outcome(exit, err.toString(), Map.of(), 0, List.of());
    }
    Path validation = dir.resolve("out/validation/2026");
    long used = read(validation.resolve("data_quality.csv")).stream()
        .mapToLong(r -> Long.parseLong(r.get("rows_used"))).sum();
    Map<String, Long> rejects = new TreeMap<>();
    List<String> reasons = new java.util.ArrayList<>();
    Path file = validation.resolve("rejects/returns.csv");
    if (Files.exists(file)) {
      for (CSVRecord r : read(file)) {
        rejects.merge(r.get("rule"), 1L, Long::sum);
        reasons.add(r.get("reason"));
      }
    }
    return new Outcome(exit, err.toString(), rejects, used, reasons);
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
