package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Status;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * Writes the national workbook, {@code interop-maturity-<year>.xlsx}: the league table, the force
 * x requirement matrix and every result behind it, the code's method, data quality and what the
 * assessment is. Scores are shown as percentages; every sheet carries the protective marking in
 * its page header and footer; input text is always stored as text, never as a formula. The same
 * assessment always gives the same cells and document properties.
 */
public final class WorkbookWriter {
  static final String SUMMARY = "Summary";
  static final String LEVELS = "Level distribution";
  static final String DOMAINS = "Domains";
  static final String PEER_GROUPS = "Peer groups";
  static final String TRENDS = "Trends";
  static final String INTEROPERABILITY = "Interoperability";
  static final String FORCES = "Forces";
  static final String REQUIREMENTS = "Requirements";
  static final String REQUIREMENT_STATUS = "Requirement status";
  static final String RESULTS = "Requirement results";
  static final String METHODOLOGY = "Methodology";
  static final String DATA_QUALITY = "Data quality";
  static final String ABOUT = "About";

  /** Rows above the force rows on the two matrix sheets: the status key, then the ids. */
  static final int MATRIX_HEADER_ROW = 1;

  /** Force names are short but one is 65 characters; longer names wrap. */
  private static final int FORCE_NAME_WIDTH = 40;

  private static final String CREATOR = "Interop Maturity";
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Assessment a;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  private final List<ForceScore> forces;
  private final Map<String, RequirementResult> results = new HashMap<>();
  private final Map<String, Double> domainScores = new HashMap<>();
  /** The row (0-based) of each force's result for each requirement on the results sheet. */
  private final Map<String, Integer> resultRows = new HashMap<>();

  private WorkbookWriter(Assessment a, XSSFWorkbook workbook) {
    this.a = a;
    this.workbook = workbook;
    this.styles = new WorkbookStyles(workbook);
    this.labels = new SheetWriter.PageLabels("Interop maturity " + a.year(), a.markingLine());
    this.forces = a.scores().forces().stream()
        .sorted(Comparator.comparingInt(ForceScore::rank).thenComparing(ForceScore::forceCode))
        .toList();
    for (RequirementResult r : a.scores().requirements()) {
      results.put(Scorer.key(r.forceCode(), r.requirementId()), r);
    }
    for (DomainScore d : a.scores().domains()) {
      domainScores.put(Scorer.key(d.forceCode(), d.domainId()), d.score());
    }
    int row = 1;
    for (ForceScore f : forces) {
      for (Requirement requirement : a.code().requirements().toList()) {
        String key = Scorer.key(f.forceCode(), requirement.id());
        if (results.containsKey(key)) {
          resultRows.put(key, row++);
        }
      }
    }
  }

  /** Writes the workbook to {@code file}, creating its folder if need be. */
  public static void write(Assessment a, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (XSSFWorkbook workbook = build(a); OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** The workbook in memory, for tests that read cells without a file. */
  static XSSFWorkbook build(Assessment a) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    WorkbookWriter writer = new WorkbookWriter(a, workbook);
    writer.summary();
    writer.levelDistribution();
    writer.leagueTable();
    writer.requirementMatrix(REQUIREMENTS, false);
    writer.requirementMatrix(REQUIREMENT_STATUS, true);
    writer.requirementResults();
    writer.domains();
    writer.peerGroups();
    writer.trends();
    writer.interoperability();
    writer.dataQuality();
    writer.methodology();
    writer.about();
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
    s.headers(List.of("", "Interop maturity of the police forces of England and Wales, " + LONG_DATE.format(a.asOf())));
    int n = 1;
    for (String headline : new Findings(a).headlines()) {
      s.nextRow();
      s.number(0, n++, styles.integer);
      s.text(1, headline, styles.wrapped);
    }
    s.nextRow();
    s.nextRow();
    s.text(1, "Network code: " + a.code().title() + " (" + a.code().label() + ")", styles.text);
    s.nextRow();
    s.text(1, "Status: " + (a.provisional() ? "provisional, not for publication" : "final") + "; marking "
        + a.marking(), styles.text);
    s.nextRow();
    s.text(1, a.previousYear().map(p -> "Change since " + p.year() + " is measured against its " + p.source() + ".")
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
    a.previousYear().ifPresent(p -> headers.add("Forces in " + p.year()));
    s.headers(headers);
    Map<Integer, Long> counts = new HashMap<>();
    forces.forEach(f -> counts.merge(f.maturityLevel(), 1L, Long::sum));
    for (Level level : a.code().levels()) {
      long n = counts.getOrDefault(level.level(), 0L);
      s.nextRow();
      s.number(0, level.level(), styles.integer);
      s.text(1, level.name(), styles.text);
      s.number(2, level.minScore(), styles.percent);
      s.number(3, level.minDomainScore(), styles.percent);
      s.number(4, n, styles.count);
      s.number(5, forces.isEmpty() ? null : (double) n / forces.size(), styles.percent);
      a.previousYear().ifPresent(p -> s.number(6, p.levels().values().stream().filter(l -> l == level.level()).count(),
          styles.count));
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
  }

  private void leagueTable() {
    SheetWriter s = sheet(FORCES);
    List<String> headers = new ArrayList<>(List.of("Rank", "Force code", "Force", "Region", "Peer group",
        "Overall score", "Maturity level", "Level name", "Peer group median", "Gap to peer median", "National quartile"));
    a.code().domains().forEach(d -> headers.add(d.title()));
    headers.addAll(List.of("Score a year on", "Level a year on"));
    s.maxWidth(2, FORCE_NAME_WIDTH);
    s.headers(headers);
    for (ForceScore f : forces) {
      s.nextRow();
      s.number(0, f.rank(), styles.integer);
      s.text(1, f.forceCode(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      s.text(3, f.region(), styles.text);
      s.text(4, f.peerGroup(), styles.text);
      s.number(5, f.overallScore(), styles.percent);
      s.number(6, f.maturityLevel(), styles.integer);
      s.text(7, f.levelName(), styles.text);
      s.number(8, f.peerMedian(), styles.percent);
      s.number(9, Shown.difference(f.gapToPeerMedian()), styles.signedPercent);
      s.number(10, f.quartile(), styles.integer);
      int c = 11;
      for (Domain d : a.code().domains()) {
        s.number(c++, domainScores.get(Scorer.key(f.forceCode(), d.id())), styles.percent);
      }
      s.number(c++, f.nextYearScore(), styles.percent);
      s.text(c, f.nextYearLevel() + " " + f.nextYearLevelName(), styles.text);
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }

  /**
   * One row a force and one column a requirement, filled by status: scores on one sheet and the
   * status in words on its twin, cell for cell, so the colour is never the only signal.
   */
  private void requirementMatrix(String name, boolean words) {
    SheetWriter s = sheet(name);
    List<Requirement> requirements = a.code().requirements().toList();
    s.maxWidth(2, FORCE_NAME_WIDTH);
    statusKey(s);
    List<String> headers = new ArrayList<>(List.of("Rank", "Force code", "Force"));
    requirements.forEach(r -> headers.add(r.id()));
    s.headers(headers);
    for (int i = 0; i < requirements.size(); i++) {
      s.comment(3 + i, requirements.get(i).id() + ": " + requirements.get(i).title());
    }
    for (ForceScore f : forces) {
      s.nextRow();
      s.number(0, f.rank(), styles.integer);
      s.text(1, f.forceCode(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      for (int i = 0; i < requirements.size(); i++) {
        RequirementResult r = results.get(Scorer.key(f.forceCode(), requirements.get(i).id()));
        matrixCell(s, 3 + i, r, words);
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
      s.text(c++, Palette.words(status), styles.statusText(status));
    }
  }

  /** A score or status, linked to the reason and evidence count behind it on the results sheet. */
  private void matrixCell(SheetWriter s, int column, RequirementResult r, boolean words) {
    if (r == null) {
      s.text(column, "", styles.text);
      return;
    }
    if (words) {
      s.text(column, Palette.words(r.status()), styles.statusText(r.status()));
    } else {
      s.number(column, r.score(), styles.statusPercent(r.status()));
      s.comment(column, r.requirementId() + ": " + r.reason());
    }
    s.link(column, RESULTS, resultRows.get(Scorer.key(r.forceCode(), r.requirementId())), REASON_COLUMN);
  }

  /** The column of the results sheet that a matrix cell links to: the reason. */
  static final int REASON_COLUMN = 10;

  private void requirementResults() {
    SheetWriter s = sheet(RESULTS);
    List<String> headers = List.of("Force code", "Force", "Requirement", "Domain", "Measure value", "Score",
        "Status", "Evidence rows", "Method", "Parameters", "Reason", "Cross-check", "Self-reported value",
        "Score a year on", "Status a year on", "Reason a year on");
    s.maxWidth(1, FORCE_NAME_WIDTH);
    s.maxWidth(REASON_COLUMN, 60);
    s.maxWidth(15, 60);
    s.headers(headers);
    Map<String, String> domainTitles = new HashMap<>();
    a.code().domains().forEach(d -> domainTitles.put(d.id(), d.title()));
    List<Requirement> requirements = a.code().requirements().toList();
    for (ForceScore f : forces) {
      for (Requirement requirement : requirements) {
        RequirementResult r = results.get(Scorer.key(f.forceCode(), requirement.id()));
        if (r != null) {
          resultRow(s, f, r, domainTitles.getOrDefault(r.domainId(), r.domainId()));
        }
      }
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }

  private void resultRow(SheetWriter s, ForceScore f, RequirementResult r, String domain) {
    s.nextRow();
    s.text(0, r.forceCode(), styles.text);
    s.text(1, f.name(), styles.wrapped);
    s.text(2, r.requirementId(), styles.text);
    s.text(3, domain, styles.text);
    s.number(4, r.measureValue(), styles.measure);
    s.number(5, r.score(), styles.percent);
    s.text(6, Palette.words(r.status()), styles.statusText(r.status()));
    s.number(7, r.evidenceCount(), styles.count);
    s.text(8, r.method(), styles.text);
    s.text(9, r.parameters(), styles.text);
    s.text(10, r.reason(), styles.wrapped);
    s.text(11, Palette.words(r.crossCheck()), styles.text);
    s.number(12, r.selfReported(), styles.number);
    s.number(13, r.nextYearScore(), styles.percent);
    if (r.lookAhead() != null) {
      s.text(14, Palette.words(r.lookAhead().status()), styles.statusText(r.lookAhead().status()));
      s.text(15, r.lookAhead().reason(), styles.wrapped);
    }
  }

  private void methodology() {
    SheetWriter s = sheet(METHODOLOGY);
    List<String> headers = List.of("Domain", "Domain weight", "Requirement", "Title", "Weight", "Source",
        "Method", "Parameters", "When a force has no evidence", "Cross-check question", "Rows read (where)",
        "Measure", "Unit", "Replaces");
    s.maxWidth(3, 60);
    s.maxWidth(10, 45);
    s.maxWidth(11, 60);
    s.headers(headers);
    NetworkCode code = a.code();
    for (Domain d : code.domains()) {
      for (Requirement r : d.requirements()) {
        s.nextRow();
        s.text(0, d.title(), styles.text);
        s.number(1, d.weight(), styles.number);
        s.text(2, r.id(), styles.text);
        s.text(3, r.title(), styles.wrapped);
        s.number(4, r.weight(), styles.number);
        s.text(5, r.evidence() == null ? "" : r.evidence().source().key(), styles.text);
        s.text(6, r.scoring() == null ? "" : r.scoring().method().key(), styles.text);
        s.text(7, r.scoring() == null ? "" : r.scoring().parameters(), styles.text);
        s.text(8, r.missing() == null ? "" : r.missing().key(), styles.text);
        s.text(9, r.crossCheckQuestion(), styles.text);
        s.text(10, r.evidence() == null || r.evidence().where() == null ? "every row of the force" : r.evidence().where(),
            styles.wrapped);
        s.text(11, r.evidence() == null ? "" : r.evidence().measure(), styles.wrapped);
        s.text(12, r.evidence() == null ? "" : r.evidence().unit().key(), styles.text);
        s.text(13, String.join(", ", r.replaces()), styles.text);
      }
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
  }

  /** Each domain's spread across the forces, and its weakest requirement. */
  private void domains() {
    SheetWriter s = sheet(DOMAINS);
    List<String> headers = new ArrayList<>(List.of("Domain", "Title", "Weight", "Requirements", "Forces scored",
        "Median", "Lower quartile", "Upper quartile", "Lowest", "Highest"));
    a.previousYear().ifPresent(p -> headers.add("Median in " + p.year()));
    headers.addAll(List.of("Weakest requirement", "Its median score"));
    s.maxWidth(1, 45);
    s.maxWidth(headers.size() - 2, 60);
    s.headers(headers);
    for (Findings.DomainStats d : new Findings(a).domainStats()) {
      s.nextRow();
      s.text(0, d.domain().id(), styles.text);
      s.text(1, d.domain().title(), styles.wrapped);
      s.number(2, d.domain().weight(), styles.number);
      s.number(3, d.domain().requirements().size(), styles.integer);
      s.number(4, d.forcesScored(), styles.integer);
      s.number(5, d.median(), styles.percent);
      s.number(6, d.lowerQuartile(), styles.percent);
      s.number(7, d.upperQuartile(), styles.percent);
      s.number(8, d.min(), styles.percent);
      s.number(9, d.max(), styles.percent);
      int c = 10;
      if (a.previousYear().isPresent()) {
        s.number(c++, d.lastYearMedian(), styles.percent);
      }
      s.text(c++, d.weakest() == null ? "" : d.weakest().id() + ": " + d.weakest().title(), styles.wrapped);
      s.number(c, d.weakestMedian(), styles.percent);
    }
    s.finish(0, 2, headers.size() - 1, true, labels);
  }

  /** Each peer group's overall scores and the levels its forces reached. */
  /**
   * The interoperability network: each force's reach on each capability, then the force by force
   * matrix of how many capabilities each pair can exchange data on, forces grouped by region.
   */
  private void interoperability() {
    SheetWriter s = sheet(INTEROPERABILITY);
    var network = a.network();
    if (network.capabilities().isEmpty()) {
      s.maxWidth(0, 90);
      s.headers(List.of("Interoperability"));
      s.nextRow();
      s.text(0, "The network code names no capabilities, so there is no interoperability network.", styles.text);
      s.finish(0, 0, 0, false, labels);
      return;
    }
    List<uk.inspectorate.interop.ingest.Force> forces = NetworkChart.order(a);
    List<String> headers = new ArrayList<>(List.of("Force", "Region"));
    network.capabilities().forEach(c -> headers.add("Reach: " + c.id()));
    forces.forEach(f -> headers.add(f.shortName() == null || f.shortName().isBlank() ? f.name() : f.shortName()));
    s.maxWidth(0, 28);
    for (int c = 2; c < 2 + network.capabilities().size(); c++) {
      s.maxWidth(c, 16);
    }
    for (int c = 2 + network.capabilities().size(); c < headers.size(); c++) {
      s.maxWidth(c, 7);
    }
    s.headers(headers);
    Map<String, Double> reach = new HashMap<>();
    network.reach().forEach(r -> reach.put(r.forceCode() + "|" + r.capabilityId(), r.reach()));
    Map<String, Integer> counts = NetworkChart.connected(a);
    int capabilities = network.capabilities().size();
    for (var f : forces) {
      s.nextRow();
      s.text(0, f.name(), styles.text);
      s.text(1, f.region(), styles.text);
      int c = 2;
      for (var capability : network.capabilities()) {
        s.number(c++, reach.get(f.code() + "|" + capability.id()), styles.percent);
      }
      for (var other : forces) {
        if (other.code().equals(f.code())) {
          s.text(c++, "-", styles.text);
          continue;
        }
        String key = f.code().compareTo(other.code()) < 0 ? f.code() + "|" + other.code() : other.code() + "|" + f.code();
        int n = counts.getOrDefault(key, 0);
        s.number(c++, n, styles.connected(n, capabilities));
      }
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void peerGroups() {
    SheetWriter s = sheet(PEER_GROUPS);
    List<String> headers = new ArrayList<>(List.of("Peer group", "Forces", "Median overall score", "Lowest", "Highest"));
    a.code().levels().forEach(l -> headers.add(l.name()));
    s.headers(headers);
    for (Findings.PeerGroupStats g : new Findings(a).peerGroupStats()) {
      s.nextRow();
      s.text(0, g.peerGroup(), styles.text);
      s.number(1, g.forces(), styles.integer);
      s.number(2, g.median(), styles.percent);
      s.number(3, g.min(), styles.percent);
      s.number(4, g.max(), styles.percent);
      int c = 5;
      for (Level level : a.code().levels()) {
        s.number(c++, g.forcesByLevel().getOrDefault(level.level(), 0L), styles.count);
      }
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  /** Each force's overall score and level this year against the previous published year. */
  private void trends() {
    SheetWriter s = sheet(TRENDS);
    if (a.previousYear().isEmpty()) {
      s.headers(List.of("Trends"));
      s.nextRow();
      s.text(0, "No results for " + (a.year() - 1) + " could be compared with, so there is no change since last year"
          + " to show; the manifest's previous_year says why.", styles.wrapped);
      s.maxWidth(0, 100);
      s.finish(0, 0, 0, false, labels);
      return;
    }
    PreviousYear p = a.previousYear().orElseThrow();
    // Levels (text) before scores (numbers), so a right-aligned number never runs into text.
    List<String> headers = List.of("Rank", "Force code", "Force", "Level " + p.year(), "Level " + a.year(), "Level change",
        "Score " + p.year(), "Score " + a.year(), "Change");
    s.maxWidth(2, FORCE_NAME_WIDTH);
    s.headers(headers);
    for (ForceScore f : forces) {
      s.nextRow();
      s.number(0, f.rank(), styles.integer);
      s.text(1, f.forceCode(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      Double before = p.overall().get(f.forceCode());
      Integer levelBefore = p.levels().get(f.forceCode());
      s.text(3, levelBefore == null ? "" : levelBefore + " " + p.levelNames().getOrDefault(levelBefore, ""), styles.text);
      s.text(4, f.maturityLevel() + " " + f.levelName(), styles.text);
      s.text(5, levelBefore == null ? "not assessed in " + p.year() : levelBefore < f.maturityLevel() ? "up"
          : levelBefore > f.maturityLevel() ? "down" : "same", styles.text);
      s.number(6, before, styles.percent);
      s.number(7, f.overallScore(), styles.percent);
      s.number(8, before == null ? null : Shown.difference(f.overallScore() - before), styles.signedPercent);
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }


  private void dataQuality() {
    SheetWriter s = sheet(DATA_QUALITY);
    List<String> headers = List.of("Input", "File", "Force code", "Force", "Rows read", "Rows used",
        "Rows rejected", "Rejected by rule", "Note");
    s.headers(headers);
    Map<String, String> names = new HashMap<>();
    a.forces().forEach(f -> names.put(f.code(), f.name()));
    for (DataQualityRow d : a.dataQuality()) {
      s.nextRow();
      s.text(0, d.input(), styles.text);
      s.text(1, d.file(), styles.text);
      s.text(2, d.forceCode(), styles.text);
      s.text(3, names.getOrDefault(d.forceCode(), d.forceCode() == null || d.forceCode().isEmpty() ? "" : "Unknown force"),
          styles.text);
      s.number(4, d.rowsRead(), styles.count);
      s.number(5, d.rowsUsed(), styles.count);
      s.number(6, d.rowsRejected(), styles.count);
      s.text(7, d.rejectedByRule(), styles.text);
      s.text(8, d.note(), styles.text);
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
  }

  private void about() {
    SheetWriter s = sheet(ABOUT);
    s.maxWidth(1, 80);
    s.headers(List.of("Item", "Value"));
    NetworkCode code = a.code();
    s.item("Assessment", "Interop maturity of the police forces of England and Wales");
    s.item("Year", a.year());
    s.nextRow();
    s.text(0, "As at", styles.text);
    s.date(1, a.asOf(), styles.date);
    s.item("Protective marking", a.marking());
    s.item("Status", a.provisional() ? "PROVISIONAL: not for publication" : "Final");
    s.item("Network code", code.id());
    s.item("Code version", code.version());
    s.item("Code title", code.title());
    s.item("Aggregation", switch (code.aggregation()) {
      case ARITHMETIC -> "Weighted arithmetic mean of the domain scores";
      case GEOMETRIC -> "Weighted geometric mean of the domain scores";
    });
    s.item("Forces assessed", forces.size());
    s.item("Domains", code.domains().size());
    s.item("Requirements", code.requirements().count());
    s.item("Inputs", String.join(", ", a.dataQuality().stream().map(DataQualityRow::input).distinct().toList()));
    s.item("Change since last year", a.previousYear().map(p -> "Compared with " + p.year() + ": " + p.source())
        .orElse("Not shown: no earlier results could be compared with (see the manifest's previous_year)"));
    s.item("Scores", "Fractions of the full score, shown as percentages (0% to 100%)");
    s.item("Traceability", "Every score in " + REQUIREMENTS + " has its measure, evidence rows and reason in "
        + RESULTS);
    s.finish(0, 0, 1, false, labels);
    s.onOnePage();
  }

  private void properties() {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle("Interop maturity assessment " + a.year());
    core.setSubjectProperty("The police forces of England and Wales against " + a.code().label());
    core.setCreator(CREATOR);
    core.setCategory(a.markingLine());
    core.setDescription("As at " + LONG_DATE.format(a.asOf()) + "; " + a.markingLine());
    Optional<Date> asOf = Optional.of(Date.from(a.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(asOf);
    core.setModified(asOf);
  }
}
