package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.Parallel;
import uk.inspectorate.interop.report.chart.ChartPack;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.ForceSentences;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;

/**
 * Writes a force's factsheet, {@code factsheets/<slug>.xlsx}: what an inspector sends the force
 * for comment before publication. Its level, rank and scores against its peer group and the
 * nation, with its charts ({@link FactsheetSummary}); what it has not met and why, worst first;
 * where its self-assessment claims more than its evidence; the systems that lower its score a
 * year on; every result; and what the factsheet is ({@link FactsheetSheets}). The conventions are
 * the national workbook's: frozen headers, filters, percent formats, the protective marking in
 * every page header and footer, input text always text, and the same results always giving the
 * same cells and document properties.
 */
public final class FactsheetWriter {
  static final String SUMMARY = "Summary";
  static final String UNMET = ForceSentences.UNMET_SHEET;
  static final String CONTRADICTIONS = "Contradictions";
  static final String LIFECYCLE = "Lifecycle risks";
  static final String ALL = "All requirements";
  static final String ABOUT = "About";

  /** What the About sheet says of a factsheet until the assessment is published with --final. */
  static final String PROVISIONAL = "PROVISIONAL \u2014 for comment";

  private static final String CREATOR = "Interop Maturity";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private FactsheetWriter() {}

  /**
   * Writes the factsheet of the force with code {@code forceCode} to {@code file}, creating its
   * folder if need be.
   *
   * @param chartPngs the force's charts as PNG images by name (such as "radar"), shown on the
   *     Summary in the map's order; may be empty
   */
  public static void write(Results r, String forceCode, Map<String, byte[]> chartPngs, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (XSSFWorkbook workbook = build(r, forceCode, chartPngs); OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /**
   * Writes every force's factsheet into {@code dir} (the {@code factsheets/} folder of a year), as
   * {@code <slug>.xlsx}, each with its radar from {@code charts}; returns the files in order of
   * force code. Each factsheet is its own workbook, so they are written side by side; each file is
   * the same whatever order they finish in.
   */
  public static List<Path> writeAll(Results r, ChartPack charts, Path dir) throws IOException {
    return writeAll(r, code -> charts.radar(code).map(c -> Map.of("radar", c.png())).orElse(Map.of()), dir);
  }

  /** As {@link #writeAll(Results, ChartPack, Path)}, each force's charts by its code. */
  static List<Path> writeAll(Results r, Function<String, Map<String, byte[]>> chartsOf, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<ForceResults> forces = r.forces().stream().sorted(Comparator.comparing(ForceResults::code)).toList();
    List<Parallel.Work<Path>> work = new ArrayList<>();
    for (ForceResults f : forces) {
      Path file = dir.resolve(f.score().slug() + ".xlsx");
      Map<String, byte[]> pngs = chartsOf.apply(f.code());
      work.add(() -> {
        write(r, f.code(), pngs, file);
        return file;
      });
    }
    return Parallel.run("the factsheets in " + dir, work, Parallel.threads(forces.size(), Integer.MAX_VALUE));
  }

  /** The factsheet in memory, for tests that read cells without a file. */
  static XSSFWorkbook build(Results r, String forceCode, Map<String, byte[]> charts) {
    ForceResults force = r.force(forceCode);
    charts.forEach((name, png) -> checkPng(forceCode, name, png));
    XSSFWorkbook workbook = new XSSFWorkbook();
    WorkbookStyles styles = new WorkbookStyles(workbook);
    SheetWriter.PageLabels labels = new SheetWriter.PageLabels("Interop maturity " + r.year() + ": " + force.name(),
        r.markingLine());
    new FactsheetSummary(r, force, workbook, styles, labels).write(charts);
    new FactsheetSheets(r, force, workbook, styles, labels).writeAll();
    properties(r, force, workbook);
    return workbook;
  }

  private static void checkPng(String forceCode, String name, byte[] png) {
    boolean isPng = png != null && png.length > 24
        && Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    if (!isPng) {
      throw new IllegalArgumentException("Cannot embed chart '" + name + "' in the factsheet of " + forceCode
          + ": its bytes are not a PNG image (" + (png == null ? "none given"
              : png.length + " bytes without the PNG signature") + "); pass the chart as PNG bytes");
    }
  }

  private static void properties(Results r, ForceResults force, XSSFWorkbook workbook) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle("Interop maturity factsheet " + r.year() + ": " + force.name());
    core.setSubjectProperty(force.name() + " against " + r.code().label());
    core.setCreator(CREATOR);
    core.setCategory(r.markingLine());
    core.setDescription("As at " + Wording.longDate(r.asOf()) + "; " + r.markingLine()
        + (r.provisional() ? "; " + PROVISIONAL : ""));
    Optional<Date> asOf = Optional.of(Date.from(r.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(asOf);
    core.setModified(asOf);
  }
}
