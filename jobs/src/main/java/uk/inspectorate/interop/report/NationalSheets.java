package uk.inspectorate.interop.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.results.ForceChange;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.LastYear;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.NetworkView;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * The national workbook's sheets after the results: each domain's and peer group's spread,
 * trends since last year, the interoperability network, data quality, the code's method and what
 * the assessment is.
 */
final class NationalSheets {
  static final String DOMAINS = "Domains";
  static final String PEER_GROUPS = "Peer groups";
  static final String TRENDS = "Trends";
  static final String INTEROPERABILITY = "Interoperability";
  static final String METHODOLOGY = "Methodology";
  static final String DATA_QUALITY = "Data quality";
  static final String ABOUT = "About";

  private final Results r;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  private final XSSFWorkbook workbook;

  NationalSheets(Results r, WorkbookStyles styles, SheetWriter.PageLabels labels, XSSFWorkbook workbook) {
    this.r = r;
    this.styles = styles;
    this.labels = labels;
    this.workbook = workbook;
  }

  void writeAll() {
    domains();
    peerGroups();
    trends();
    interoperability();
    dataQuality();
    methodology();
    about();
  }

  private SheetWriter sheet(String name) {
    return new SheetWriter(workbook.createSheet(name), styles);
  }

  /** Each domain's spread across the forces, and its weakest requirement. */
  private void domains() {
    SheetWriter s = sheet(DOMAINS);
    List<String> headers = new ArrayList<>(List.of("Domain", "Title", "Weight", "Requirements", "Forces scored",
        "Median", "Lower quartile", "Upper quartile", "Lowest", "Highest"));
    r.lastYear().ifPresent(p -> headers.add("Median in " + p.year()));
    headers.addAll(List.of("Weakest requirement", "Its median score"));
    s.maxWidth(1, 45);
    s.maxWidth(headers.size() - 2, 60);
    s.headers(headers);
    for (National.DomainStats d : r.national().domains()) {
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
      if (r.lastYear().isPresent()) {
        s.number(c++, d.lastYearMedian(), styles.percent);
      }
      s.text(c++, d.weakest() == null ? "" : d.weakest().id() + ": " + d.weakest().title(), styles.wrapped);
      s.number(c, d.weakestMedian(), styles.percent);
    }
    s.finish(0, 2, headers.size() - 1, true, labels);
  }

  /** Each peer group's overall scores and the levels its forces reached. */
  private void peerGroups() {
    SheetWriter s = sheet(PEER_GROUPS);
    List<String> headers = new ArrayList<>(List.of("Peer group", "Forces", "Median overall score", "Lowest", "Highest"));
    r.code().levels().forEach(l -> headers.add(l.name()));
    s.headers(headers);
    for (National.PeerGroupStats g : r.national().peerGroups()) {
      s.nextRow();
      s.text(0, g.peerGroup(), styles.text);
      s.number(1, g.forces(), styles.integer);
      s.number(2, g.median(), styles.percent);
      s.number(3, g.min(), styles.percent);
      s.number(4, g.max(), styles.percent);
      int c = 5;
      for (Level level : r.code().levels()) {
        s.number(c++, g.forcesByLevel().getOrDefault(level.level(), 0L), styles.count);
      }
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  /** Each force's overall score and level this year against last year's. */
  private void trends() {
    SheetWriter s = sheet(TRENDS);
    if (r.lastYear().isEmpty()) {
      s.headers(List.of("Trends"));
      s.nextRow();
      s.text(0, "No results for " + (r.year() - 1) + " could be compared with, so there is no change since last year"
          + " to show; the manifest's previous_year says why.", styles.wrapped);
      s.maxWidth(0, 100);
      s.finish(0, 0, 0, false, labels);
      return;
    }
    LastYear p = r.lastYear().orElseThrow();
    // Levels (text) before scores (numbers), so a right-aligned number never runs into text.
    List<String> headers = List.of("Rank", "Force code", "Force", "Level " + p.year(), "Level " + r.year(),
        "Level change", "Score " + p.year(), "Score " + r.year(), "Change");
    s.maxWidth(2, WorkbookWriter.FORCE_NAME_WIDTH);
    s.headers(headers);
    for (ForceResults f : r.forces()) {
      ForceChange change = f.change();
      int level = f.score().maturityLevel();
      s.nextRow();
      s.number(0, f.score().rank(), styles.integer);
      s.text(1, f.code(), styles.text);
      s.text(2, f.name(), styles.wrapped);
      s.text(3, change.assessed() ? change.last().level() + " " + change.last().levelName() : "", styles.text);
      s.text(4, level + " " + f.score().levelName(), styles.text);
      s.text(5, !change.assessed() ? "not assessed in " + p.year() : change.last().level() < level ? "up"
          : change.last().level() > level ? "down" : "same", styles.text);
      s.number(6, change.previousScore(), styles.percent);
      s.number(7, f.score().overallScore(), styles.percent);
      s.number(8, Wording.difference(change.difference()), styles.signedPercent);
    }
    s.finish(0, 3, headers.size() - 1, true, labels);
  }

  /**
   * The interoperability network: each force's reach on each capability, then the force by force
   * matrix of how many capabilities each pair can exchange data on, forces grouped by region.
   */
  private void interoperability() {
    SheetWriter s = sheet(INTEROPERABILITY);
    NetworkView network = r.network();
    if (network.isEmpty()) {
      s.maxWidth(0, 90);
      s.headers(List.of("Interoperability"));
      s.nextRow();
      s.text(0, "The network code names no capabilities, so there is no interoperability network.", styles.text);
      s.finish(0, 0, 0, false, labels);
      return;
    }
    List<Force> forces = network.matrixOrder();
    List<String> headers = new ArrayList<>(List.of("Force", "Region"));
    network.capabilities().forEach(c -> headers.add("Reach: " + c.capability().id()));
    forces.forEach(f -> headers.add(f.shortName() == null || f.shortName().isBlank() ? f.name() : f.shortName()));
    int capabilities = network.capabilities().size();
    s.maxWidth(0, 28);
    for (int c = 2; c < 2 + capabilities; c++) {
      s.maxWidth(c, 16);
    }
    for (int c = 2 + capabilities; c < headers.size(); c++) {
      s.maxWidth(c, 7);
    }
    s.headers(headers);
    for (Force f : forces) {
      s.nextRow();
      s.text(0, f.name(), styles.text);
      s.text(1, f.region(), styles.text);
      int c = 2;
      for (var capability : network.capabilities()) {
        s.number(c++, network.reach(f.code(), capability.capability().id()), styles.percent);
      }
      for (Force other : forces) {
        if (other.code().equals(f.code())) {
          s.text(c++, "-", styles.text);
          continue;
        }
        int n = network.connected(f.code(), other.code());
        s.number(c++, n, styles.connected(n, capabilities));
      }
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void dataQuality() {
    SheetWriter s = sheet(DATA_QUALITY);
    List<String> headers = List.of("Input", "File", "Force code", "Force", "Rows read", "Rows used",
        "Rows rejected", "Rejected by rule", "Note");
    s.headers(headers);
    for (DataQualityRow d : r.dataQuality()) {
      s.nextRow();
      s.text(0, d.input(), styles.text);
      s.text(1, d.file(), styles.text);
      s.text(2, d.forceCode(), styles.text);
      s.text(3, r.forceName(d.forceCode()), styles.text);
      s.number(4, d.rowsRead(), styles.count);
      s.number(5, d.rowsUsed(), styles.count);
      s.number(6, d.rowsRejected(), styles.count);
      s.text(7, d.rejectedByRule(), styles.text);
      s.text(8, d.note(), styles.text);
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
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
    for (Domain d : r.code().domains()) {
      for (Requirement q : d.requirements()) {
        s.nextRow();
        s.text(0, d.title(), styles.text);
        s.number(1, d.weight(), styles.number);
        s.text(2, q.id(), styles.text);
        s.text(3, q.title(), styles.wrapped);
        s.number(4, q.weight(), styles.number);
        s.text(5, q.evidence().source().key(), styles.text);
        s.text(6, q.scoring().method().key(), styles.text);
        s.text(7, q.scoring().parameters(), styles.text);
        s.text(8, q.missing().key(), styles.text);
        s.text(9, q.crossCheckQuestion(), styles.text);
        s.text(10, q.evidence().where() == null ? "every row of the force" : q.evidence().where(), styles.wrapped);
        s.text(11, q.evidence().measure(), styles.wrapped);
        s.text(12, q.evidence().unit().key(), styles.text);
        s.text(13, String.join(", ", q.replaces()), styles.text);
      }
    }
    s.finish(0, 0, headers.size() - 1, true, labels);
  }

  private void about() {
    SheetWriter s = sheet(ABOUT);
    s.maxWidth(1, 80);
    s.headers(List.of("Item", "Value"));
    NetworkCode code = r.code();
    s.item("Assessment", "Interop maturity of the police forces of England and Wales");
    s.item("Year", r.year());
    s.nextRow();
    s.text(0, "As at", styles.text);
    s.date(1, r.asOf(), styles.date);
    s.item("Protective marking", r.marking());
    s.item("Status", r.provisional() ? "PROVISIONAL: not for publication" : "Final");
    s.item("Network code", code.id());
    s.item("Code version", code.version());
    s.item("Code title", code.title());
    s.item("Aggregation", switch (code.aggregation()) {
      case ARITHMETIC -> "Weighted arithmetic mean of the domain scores";
      case GEOMETRIC -> "Weighted geometric mean of the domain scores";
    });
    s.item("Forces assessed", r.forces().size());
    s.item("Domains", code.domains().size());
    s.item("Requirements", code.requirements().count());
    s.item("Inputs", String.join(", ", r.dataQuality().stream().map(DataQualityRow::input).distinct().toList()));
    s.item("Change since last year", r.lastYear().map(p -> "Compared with " + p.year() + ": " + p.source())
        .orElse("Not shown: no earlier results could be compared with (see the manifest's previous_year)"));
    s.item("Scores", "Fractions of the full score, shown as percentages (0% to 100%)");
    s.item("Traceability", "Every score in " + WorkbookWriter.REQUIREMENTS + " has its measure, evidence rows and "
        + "reason in " + WorkbookWriter.RESULTS);
    s.finish(0, 0, 1, false, labels);
    s.onOnePage();
  }
}
