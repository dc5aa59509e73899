package uk.inspectorate.interop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.RequirementOutcome;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;

/**
 * The factsheet's sheets after its Summary: the requirements not met in full, the contradicted
 * self-assessments, the lifecycle risks, every result, and what the factsheet is.
 */
final class FactsheetSheets {
  private static final int TITLE_WIDTH = 50;
  private static final int REASON_WIDTH = 60;

  private final Results r;
  private final ForceResults force;
  private final XSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final SheetWriter.PageLabels labels;
  /** Counts centred and measures right-aligned, so neither runs into the text of the next column. */
  private final XSSFCellStyle countCentred;
  private final XSSFCellStyle textRight;

  FactsheetSheets(Results r, ForceResults force, XSSFWorkbook workbook, WorkbookStyles styles,
      SheetWriter.PageLabels labels) {
    this.r = r;
    this.force = force;
    this.workbook = workbook;
    this.styles = styles;
    this.labels = labels;
    this.countCentred = styles.aligned(styles.count, HorizontalAlignment.CENTER);
    this.textRight = styles.aligned(styles.text, HorizontalAlignment.RIGHT);
  }

  void writeAll() {
    unmet();
    contradictions();
    lifecycleRisks();
    allRequirements();
    about();
  }

  private void unmet() {
    SheetWriter s = new SheetWriter(workbook.createSheet(FactsheetWriter.UNMET), styles);
    List<String> headers = List.of("Requirement", "Title", "Domain", "Status", "Score", "Measure", "Evidence rows",
        "Reason");
    s.maxWidth(1, TITLE_WIDTH);
    s.maxWidth(2, 24);
    s.maxWidth(7, REASON_WIDTH);
    s.headers(headers);
    List<RequirementOutcome> unmet = force.unmet();
    for (RequirementOutcome outcome : unmet) {
      RequirementResult result = outcome.result();
      s.nextRow();
      s.text(0, outcome.id(), styles.text);
      s.text(1, outcome.requirement().title(), styles.wrapped);
      s.text(2, outcome.domain().title(), styles.wrapped);
      s.text(3, Wording.status(result.status()), styles.statusText(result.status()));
      s.number(4, result.score(), styles.percent);
      s.text(5, outcome.measureText(), textRight);
      s.number(6, result.evidenceCount(), countCentred);
      s.text(7, result.reason(), styles.wrapped);
    }
    if (unmet.isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      s.text(1, "Every requirement that applies to the force is met.", styles.wrapped);
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void contradictions() {
    SheetWriter s = new SheetWriter(workbook.createSheet(FactsheetWriter.CONTRADICTIONS), styles);
    List<String> headers = List.of("Requirement", "Title", "Question", "Self-reported answer", "Evidence measure",
        "Evidence status", "Reason");
    s.maxWidth(1, 40);
    s.maxWidth(2, 40);
    s.maxWidth(6, REASON_WIDTH);
    s.headers(headers);
    List<RequirementOutcome> contradicted = force.contradicted();
    for (RequirementOutcome outcome : contradicted) {
      RequirementResult result = outcome.result();
      s.nextRow();
      s.text(0, outcome.id(), styles.text);
      s.text(1, outcome.requirement().title(), styles.wrapped);
      s.text(2, outcome.question() == null ? "" : outcome.question().id() + ": " + outcome.question().text(),
          styles.wrapped);
      s.text(3, outcome.selfReportedText(), styles.text);
      s.text(4, outcome.measureText(), textRight);
      s.text(5, Wording.status(result.status()), styles.statusText(result.status()));
      s.text(6, result.reason(), styles.wrapped);
    }
    if (contradicted.isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      s.text(1, "No self-assessment answer claims more than the evidence shows.", styles.wrapped);
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  private void lifecycleRisks() {
    XSSFSheet sheet = workbook.createSheet(FactsheetWriter.LIFECYCLE);
    SheetWriter s = new SheetWriter(sheet, styles);
    List<String> headers = List.of("Asset", "Category", "Vendor", "Product", "Version", "End of support",
        "Support at " + Wording.longDate(r.asOf()), "Requirements lowered a year on");
    s.maxWidth(3, 40);
    s.maxWidth(7, 40);
    s.headers(headers);
    for (LifecycleRisk risk : force.risks()) {
      s.nextRow();
      s.text(0, risk.assetId(), styles.text);
      s.text(1, risk.category(), styles.text);
      s.text(2, risk.vendor(), styles.text);
      s.text(3, risk.product(), styles.wrapped);
      s.text(4, risk.version(), styles.text);
      if (risk.endOfSupport() == null) {
        s.text(5, "", styles.text);
      } else {
        s.date(5, risk.endOfSupport(), styles.date);
      }
      s.text(6, risk.passesWithinYear() ? "In support; ends within the year" : "Out of support", styles.text);
      s.text(7, String.join(", ", risk.requirementIds()), styles.wrapped);
    }
    if (force.risks().isEmpty()) {
      s.nextRow();
      s.text(0, "None", styles.text);
      // A sentence that runs on over the empty cells to its right, left out of the column's width.
      String clean = SafeText.cell("No system of the force is out of support or passes end of support by "
          + Wording.longDate(r.asOf().plusYears(1)) + ".");
      XSSFCell cell = sheet.getRow(sheet.getLastRowNum()).createCell(1);
      cell.setCellValue(clean);
      cell.setCellStyle(styles.text);
    }
    s.finish(0, 1, headers.size() - 1, true, labels);
  }

  /**
   * Every result of the force in the order of the code. Narrower than the national results sheet
   * so that it prints legibly one page wide: the measure in its unit's words, the method with its
   * parameters, the self-reported answer in its question's terms.
   */
  private void allRequirements() {
    XSSFSheet sheet = workbook.createSheet(FactsheetWriter.ALL);
    SheetWriter s = new SheetWriter(sheet, styles);
    List<String> headers = new ArrayList<>(List.of("Requirement", "Title", "Domain", "Weight", "Measure", "Score",
        "Status", "Evidence rows", "Method", "Reason", "Cross-check", "Self-reported answer"));
    r.lastYear().ifPresent(p -> headers.addAll(List.of("Score in " + p.year(), "Change since " + p.year())));
    headers.addAll(List.of("Score a year on", "Status a year on", "Reason a year on", "Systems leaving support"));
    int yearOn = headers.indexOf("Score a year on");
    int[] widths = {12, 36, 16, 7, 10, 7, 12, 9, 22, 48, 12, 13};
    for (int c = 0; c < widths.length; c++) {
      s.maxWidth(c, widths[c]);
    }
    for (int c = widths.length; c < yearOn; c++) {
      s.maxWidth(c, 11);
    }
    s.maxWidth(yearOn, 9);
    s.maxWidth(yearOn + 1, 12);
    s.maxWidth(yearOn + 2, 40);
    s.maxWidth(yearOn + 3, 16);
    s.headers(headers);
    force.requirements().forEach(outcome -> resultRow(s, outcome));
    s.finish(0, 1, headers.size() - 1, true, labels);
    // The narrow columns' headers wrap by word, which can take a line more than their length suggests.
    sheet.getRow(0).setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
  }

  private void resultRow(SheetWriter s, RequirementOutcome outcome) {
    RequirementResult result = outcome.result();
    s.nextRow();
    s.text(0, outcome.id(), styles.text);
    s.text(1, outcome.requirement().title(), styles.wrapped);
    s.text(2, outcome.domain().title(), styles.wrapped);
    s.number(3, outcome.requirement().weight(), styles.number);
    s.text(4, outcome.measureText(), textRight);
    s.number(5, result.score(), styles.percent);
    s.text(6, Wording.status(result.status()), styles.statusText(result.status()));
    s.number(7, result.evidenceCount(), countCentred);
    s.text(8, outcome.methodText(), styles.wrapped);
    s.text(9, result.reason(), styles.wrapped);
    s.text(10, Wording.crossCheck(result.crossCheck()), styles.text);
    s.text(11, outcome.selfReportedText(), textRight);
    int c = 12;
    if (r.lastYear().isPresent()) {
      s.number(c++, outcome.change().previous(), styles.percent);
      s.number(c++, Wording.difference(outcome.change().difference()), styles.signedPercent);
    }
    s.number(c, result.nextYearScore(), styles.percent);
    if (result.lookAhead() != null) {
      s.text(c + 1, Wording.status(result.lookAhead().status()), styles.statusText(result.lookAhead().status()));
      s.text(c + 2, result.lookAhead().reason(), styles.wrapped);
      s.text(c + 3, String.join(", ", result.lookAhead().systemsLeaving()), styles.wrapped);
    }
  }

  private void about() {
    SheetWriter s = new SheetWriter(workbook.createSheet(FactsheetWriter.ABOUT), styles);
    s.maxWidth(1, 80);
    s.headers(List.of("Item", "Value"));
    s.item("Factsheet", "The interop maturity of " + force.name() + " against " + r.code().title() + ", "
        + r.year() + ": its level, its scores against its peer group and all forces, the requirements it has not met "
        + "and why, where its self-assessment and evidence disagree, and the systems that lower its score a year on.");
    s.item("Status", r.provisional() ? FactsheetWriter.PROVISIONAL : "Final");
    s.item("Purpose", r.provisional()
        ? "Sent to the force for comment before publication: please check the evidence rows and reasons, and say "
            + "where they are wrong or incomplete. The results may change before they are published."
        : "The published results for the force; the national figures are in interop-maturity-" + r.year() + ".xlsx.");
    s.item("Force", force.name());
    s.item("Force code", force.code());
    s.item("Peer group", force.score().peerGroup() + " (" + Wording.count(force.peers().size(), "force", "forces")
        + "): " + String.join("; ", force.peers()));
    s.item("Year", r.year());
    s.nextRow();
    s.text(0, "As at", styles.text);
    s.date(1, r.asOf(), styles.date);
    s.item("Protective marking", r.marking());
    s.item("Network code", r.code().id());
    s.item("Code version", r.code().version());
    s.item("Code title", r.code().title());
    s.item("Maturity levels", r.code().levels().stream()
        .map(l -> l.level() + " " + l.name() + " from " + Wording.percent(l.minScore())
            + (l.minDomainScore() == null ? "" : " with every domain at least " + Wording.percent(l.minDomainScore())))
        .collect(Collectors.joining("; ")));
    s.item("Change since last year", r.lastYear()
        .map(p -> "Compared with " + p.year() + ": " + p.source())
        .orElse("Not shown: no earlier results could be compared with"));
    s.item("Scores", "Fractions of the full score, shown as percentages (0% to 100%); gaps and changes are "
        + "differences in percentage points");
    s.item("Medians", "Peer group median: the median of the forces of the peer group, this force included. "
        + "National median: the median of all " + force.forcesAssessed() + " forces");
    s.item("A year on", "The scores at " + Wording.longDate(r.asOf().plusYears(1)) + " if nothing changes: "
        + "systems passing end of support within the year count as out of support");
    s.item(FactsheetWriter.UNMET, "Requirements partly met, not met or without evidence, not met first, each with "
        + "the rows of evidence behind its measure and the reason for its score; requirements that do not apply to "
        + "the force are only in " + FactsheetWriter.ALL);
    s.finish(0, 0, 1, false, labels);
    s.onOnePage();
  }
}
