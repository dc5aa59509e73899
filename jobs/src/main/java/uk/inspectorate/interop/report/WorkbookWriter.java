package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.RequirementOutcome;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Status;

/**
 * Writes the national workbook, {@code interop-maturity-<year>.xlsx}: the league table, the force
 * x requirement matrix and every result behind it, then the national sheets ({@link NationalSheets}).
 * Scores are shown as percentages; every sheet carries the protective marking in its page header
 * and footer; input text is always stored as text, never as a formula. The same results always
 * give the same cells and document properties. It lays out {@link Results} and works nothing out.
 */
public final class WorkbookWriter {
  static final String SUMMARY = "Summary";
  static final String LEVELS = "Level distribution";
  static final String FORCES = "Forces";
  static final String REQUIREMENTS = "Requirements";
  static final String REQUIREMENT_STATUS = "Requirement status";
  static final String RESULTS = "Requirement results";

  /** Rows above the force rows on the two matrix sheets: the status key, then the ids. */
  static final int MATRIX_HEADER_ROW = 1;
  /** The column of the results sheet that a matrix cell links to: the reason. */
  static final int REASON_COLUMN = 10;
  /** Force names are short but one is 65 characters; longer names wrap. */
  static final int FORCE_NAME_WIDTH = 40;

  private static final String CREATOR = "Interop Maturity";

  private final Results r;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  /** The row (0-based) of each force's result for each requirement on the results sheet. */
  private final Map<RequirementOutcome, Integer> resultRows = new IdentityHashMap<>();

  private WorkbookWriter(Results r, XSSFWorkbook workbook) {
    this.r = r;
    this.workbook = workbook;
    this.styles = new WorkbookStyles(workbook);
    this.labels = new SheetWriter.PageLabels("Interop maturity " + r.year(), r.markingLine());
    int row = 1;
    for (ForceResults f : r.forces()) {
      for (RequirementOutcome outcome : f.requirements()) {
        resultRows.put(outcome, row++);
      }
    }
  }

  /** Writes the workbook to {@code file}, creating its folder if need be. */
  public static void write(Results r, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (XSSFWorkbook workbook = build(r); OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** The workbook in memory, for tests that read cells without a file. */
  static XSSFWorkbook build(Results r) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    WorkbookWriter writer = new WorkbookWriter(r, workbook);
    writer.summary();
    writer.levelDistribution();
    writer.leagueTable();
    writer.requirementMatrix(REQUIREMENTS, false);
    writer.requirementMatrix(REQUIREMENT_STATUS, true);
    writer.requirementResults();
    new NationalSheets(r, writer.styles, writer.labels, workbook).writeAll();
    writer.properties();
    return workbook;
  }

  private SheetWriter sheet(String name) {
    return new SheetWriter(workbook.createSheet(name), styles);
  }

  /** The headline findings as sentences, then the key facts of the assessment. */
  private void summary() {
    SheetWriter s = sheet(SUMMARY);
    s.maxWidth(1, 110);
    s.headers(List.of("", "Interop maturity of the police forces of England and Wales, " + Wording.longDate(r.asOf())));
    int n = 1;
    for (String headline : r.headlines()) {
      s.nextRow();
      s.number(0, n++, styles.integer);
      s.text(1, headline, styles.wrapped);
    }
    s.nextRow();
    s.nextRow();
    s.text(1, "Network code: " + r.code().title() + " (" + r.code().label() + ")", styles.text);
    s.nextRow();
    s.text(1, "Status: " + (r.provisional() ? "provisional, not for publication" : "final") + "; marking "
        + r.marking(), styles.text);
    s.nextRow();
    s.text(1, r.lastYear().map(p -> "Change since " + p.year() + " is measured against its " + p.source() + ".")
        .orElse("No earlier year could be compared with, so this assessment shows no change since last year (see the"
            + " manifest's previous_year)."),
        styles.wrapped);
    s.nextRow();
    s.text(1, "Scores are fractions of the full score shown as percentages; every score in " + REQUIREMENTS
        + " links to its reason and evidence in " + RESULTS + ".", styles.wrapped);
    s.finish(0, 0, 1, false, labels);
  }

  private void levelDistribution() {
    SheetWriter s = sheet(LEVELS);
    List<String> headers = new ArrayList<>(List.of("Level", "Level name", "Minimum overall score",
        "Minimum score in every domain (if any)", "Forces", "Share of forces"));
    r.lastYear().ifPresent(p -> headers.add("Forces in " + p.year()));
    s.headers(headers);
    for (National.LevelCount count : r.national().levels()) {
      s.nextRow();
      s.number(0, count.level().level(), styles.integer);
      s.text(1, count.level().name(), styles.text);
      s.number(2, count.level().minScore(), styles.percent);
      s.number(3, count.level().minDomainScore(), styles.percent);
      s.number(4, count.forces(), styles.count);
      s.number(5, count.share(), styles.percent);
      if (count.lastYear() != null) {
        s.number(6, count.lastYear(), styles.count);
      }
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
  }

  private void leagueTable() {
    SheetWriter s = sheet(FORCES);
    List<String> headers = new ArrayList<>(List.of("Rank", "Force code", "Force", "Region", "Peer group",
        "Overall score", "Maturity level", "Level name", "Peer group median", "Gap to peer median", "National quartile"));
    r.code().domains().forEach(d -> headers.add(d.title()));
    headers.addAll(List.of("Score a year on", "Level a year on"));
    s.maxWidth(2, FORCE_NAME_WIDTH);
    s.headers(headers);
    for (ForceResults f : r.forces()) {
      s.nextRow();
      s.number(0, f.score().rank(), styles.integer);
      s.text(1, f.code(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      s.text(3, f.score().region(), styles.text);
      s.text(4, f.score().peerGroup(), styles.text);
      s.number(5, f.score().overallScore(), styles.percent);
      s.number(6, f.score().maturityLevel(), styles.integer);
      s.text(7, f.score().levelName(), styles.text);
      s.number(8, f.score().peerMedian(), styles.percent);
      s.number(9, Wording.difference(f.score().gapToPeerMedian()), styles.signedPercent);
      s.number(10, f.score().quartile(), styles.integer);
      int c = 11;
      for (var d : f.domains()) {
        s.number(c++, d.value(), styles.percent);
      }
      s.number(c++, f.score().nextYearScore(), styles.percent);
      s.text(c, f.score().nextYearLevel() + " " + f.score().nextYearLevelName(), styles.text);
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }

  /**
   * One row a force and one column a requirement, filled by status: scores on one sheet and the
   * status in words on its twin, cell for cell, so the colour is never the only signal.
   */
  private void requirementMatrix(String name, boolean words) {
    SheetWriter s = sheet(name);
    List<Requirement> requirements = r.code().requirements().toList();
    s.maxWidth(2, FORCE_NAME_WIDTH);
    statusKey(s);
    List<String> headers = new ArrayList<>(List.of("Rank", "Force code", "Force"));
    requirements.forEach(q -> headers.add(q.id()));
    s.headers(headers);
    for (int i = 0; i < requirements.size(); i++) {
      s.comment(3 + i, requirements.get(i).id() + ": " + requirements.get(i).title());
    }
    for (ForceResults f : r.forces()) {
      s.nextRow();
      s.number(0, f.score().rank(), styles.integer);
      s.text(1, f.code(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      for (int i = 0; i < requirements.size(); i++) {
        matrixCell(s, 3 + i, f.requirement(requirements.get(i).id()).orElse(null), words);
      }
    }
    s.sameWidth(3, Math.max(headers.size(), 3 + Status.values().length) - 1);
    s.finish(MATRIX_HEADER_ROW, 3, headers.size() - 1, true, labels);
  }

  private void statusKey(SheetWriter s) {
    s.nextRow();
    s.text(2, "Key to the fills:", styles.note);
    int c = 3;
    for (Status status : Status.values()) {
      s.text(c++, Wording.status(status), styles.statusText(status));
    }
  }

  /** A score or status, linked to the reason and evidence count behind it on the results sheet. */
  private void matrixCell(SheetWriter s, int column, RequirementOutcome outcome, boolean words) {
    if (outcome == null) {
      s.text(column, "", styles.text);
      return;
    }
    RequirementResult result = outcome.result();
    if (words) {
      s.text(column, Wording.status(result.status()), styles.statusText(result.status()));
    } else {
      s.number(column, result.score(), styles.statusPercent(result.status()));
      s.comment(column, result.requirementId() + ": " + result.reason());
    }
    s.link(column, RESULTS, resultRows.get(outcome), REASON_COLUMN);
  }

  private void requirementResults() {
    SheetWriter s = sheet(RESULTS);
    List<String> headers = List.of("Force code", "Force", "Requirement", "Domain", "Measure value", "Score",
        "Status", "Evidence rows", "Method", "Parameters", "Reason", "Cross-check", "Self-reported value",
        "Score a year on", "Status a year on", "Reason a year on");
    s.maxWidth(1, FORCE_NAME_WIDTH);
    s.maxWidth(REASON_COLUMN, 60);
    s.maxWidth(15, 60);
    s.headers(headers);
    for (ForceResults f : r.forces()) {
      for (RequirementOutcome outcome : f.requirements()) {
        resultRow(s, f, outcome);
      }
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }

  private void resultRow(SheetWriter s, ForceResults f, RequirementOutcome outcome) {
    RequirementResult result = outcome.result();
    s.nextRow();
    s.text(0, result.forceCode(), styles.text);
    s.text(1, f.name(), styles.wrapped);
    s.text(2, result.requirementId(), styles.text);
    s.text(3, outcome.domain().title(), styles.text);
    s.number(4, result.measureValue(), styles.measure);
    s.number(5, result.score(), styles.percent);
    s.text(6, Wording.status(result.status()), styles.statusText(result.status()));
    s.number(7, result.evidenceCount(), styles.count);
    s.text(8, result.method(), styles.text);
    s.text(9, result.parameters(), styles.text);
    s.text(10, result.reason(), styles.wrapped);
    s.text(11, Wording.crossCheck(result.crossCheck()), styles.text);
    s.number(12, result.selfReported(), styles.number);
    s.number(13, result.nextYearScore(), styles.percent);
    if (result.lookAhead() != null) {
      s.text(14, Wording.status(result.lookAhead().status()), styles.statusText(result.lookAhead().status()));
      s.text(15, result.lookAhead().reason(), styles.wrapped);
    }
  }

  private void properties() {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle("Interop maturity assessment " + r.year());
    core.setSubjectProperty("The police forces of England and Wales against " + r.code().label());
    core.setCreator(CREATOR);
    core.setCategory(r.markingLine());
    core.setDescription("As at " + Wording.longDate(r.asOf()) + "; " + r.markingLine());
    Optional<Date> asOf = Optional.of(Date.from(r.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(asOf);
    core.setModified(asOf);
  }
}
