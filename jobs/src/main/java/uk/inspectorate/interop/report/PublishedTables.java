package uk.inspectorate.interop.report;

import static uk.inspectorate.interop.report.Table.Type.DATE;
import static uk.inspectorate.interop.report.Table.Type.DOUBLE;
import static uk.inspectorate.interop.report.Table.Type.INTEGER;
import static uk.inspectorate.interop.report.Table.Type.LONG;
import static uk.inspectorate.interop.report.Table.Type.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.inspectorate.interop.report.Table.Column;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.validate.DataQualityRow;

/** The open data tables of an assessment, built from its records. */
public final class PublishedTables {
  private PublishedTables() {}

  public static List<Table> of(Assessment a) {
    return List.of(forceScores(a), domainScores(a), requirementResults(a), dataQuality(a), lifecycleRisks(a));
  }

  /** The data dictionary: one row a column of each published table, with its type and meaning. */
  public static Table dictionary(List<Table> tables) {
    List<List<Object>> rows = new ArrayList<>();
    for (Table table : tables) {
      for (Column column : table.columns()) {
        rows.add(Arrays.asList(table.name(), table.description(), column.name(), column.type().name().toLowerCase(java.util.Locale.ROOT),
            column.meaning()));
      }
    }
    return new Table("data_dictionary", "One row a column of each published table", List.of(
        new Column("table", STRING, "Table name, the same in data/ (Parquet) and csv/"),
        new Column("table_description", STRING, "What one row of the table is"),
        new Column("column", STRING, "Column name"),
        new Column("type", STRING, "string, integer, long, double, boolean or date"),
        new Column("meaning", STRING, "What the column holds")), rows);
  }

  static Table forceScores(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (ForceScore f : a.scores().forces()) {
      rows.add(Arrays.asList(a.year(), f.forceCode(), f.name(), f.region(), f.peerGroup(),
          f.overallScore(), f.maturityLevel(), f.levelName(), f.rank(), f.peerMedian(), f.gapToPeerMedian(),
          f.quartile(), f.nextYearScore(), f.nextYearLevel(), f.nextYearLevelName()));
    }
    return new Table("force_scores", "One row a force: overall score, maturity level and rank", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("force_code", STRING, "ONS police force area code"),
        new Column("force_name", STRING, "Force name"),
        new Column("region", STRING, "Home Office region"),
        new Column("peer_group", STRING, "Peer group the force is compared with"),
        new Column("overall_score", DOUBLE, "Weighted mean of the domain scores, 0 to 1"),
        new Column("maturity_level", INTEGER, "Highest maturity level reached (1 = lowest)"),
        new Column("level_name", STRING, "Name of the maturity level"),
        new Column("rank", INTEGER, "Rank by overall score, 1 highest; equal scores share a rank"),
        new Column("peer_median", DOUBLE, "Median overall score of the force's peer group, the force included"),
        new Column("gap_to_peer_median", DOUBLE, "Overall score less the peer median; negative when behind its peers"),
        new Column("quartile", INTEGER, "National quartile by rank, 1 + floor(4 x (rank - 1) / forces): 1 for the top quarter, 4 for the bottom; tied forces share it"),
        new Column("next_year_score", DOUBLE, "Overall score a year after the as-of date if nothing changed (systems passing end of support count as out of support)"),
        new Column("next_year_level", INTEGER, "Maturity level that next_year_score reaches"),
        new Column("next_year_level_name", STRING, "Name of next_year_level")), rows);
  }

  static Table domainScores(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (DomainScore d : a.scores().domains()) {
      rows.add(Arrays.asList(a.year(), d.forceCode(), d.domainId(), d.score(), d.requirementsScored(),
          d.requirementsExcluded(), d.peerMedian(), d.gapToPeerMedian(), d.nextYearScore()));
    }
    return new Table("domain_scores", "One row a force and domain", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("force_code", STRING, "ONS police force area code"),
        new Column("domain_id", STRING, "Domain of the network code"),
        new Column("score", DOUBLE, "Weighted mean of the domain's requirement scores, 0 to 1; empty when every requirement was excluded"),
        new Column("requirements_scored", INTEGER, "Requirements that count in the score"),
        new Column("requirements_excluded", INTEGER, "Requirements left out for lack of evidence (missing: exclude)"),
        new Column("peer_median", DOUBLE, "Median of the domain's scores in the force's peer group"),
        new Column("gap_to_peer_median", DOUBLE, "Domain score less the peer median; negative when behind its peers"),
        new Column("next_year_score", DOUBLE, "Domain score a year after the as-of date if nothing changed")), rows);
  }

  static Table requirementResults(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (RequirementResult r : a.scores().requirements()) {
      rows.add(Arrays.asList(a.year(), r.forceCode(), r.requirementId(), r.domainId(), r.measureValue(),
          r.score(), r.status().name(), r.evidenceCount(), r.method(), r.parameters(), r.reason(),
          r.crossCheck() == null ? null : r.crossCheck().name(), r.selfReported(),
          r.lookAhead() == null ? null : r.lookAhead().measureValue(), r.nextYearScore(),
          r.lookAhead() == null ? null : r.lookAhead().status().name(),
          r.lookAhead() == null ? null : r.lookAhead().reason(),
          r.lookAhead() == null ? null : String.join(" ", r.lookAhead().systemsLeaving())));
    }
    return new Table("requirement_results", "One row a force and requirement, with the evidence behind the score", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("force_code", STRING, "ONS police force area code"),
        new Column("requirement_id", STRING, "Requirement of the network code"),
        new Column("domain_id", STRING, "Domain of the requirement"),
        new Column("measure_value", DOUBLE, "Value of the requirement's measure over the force's evidence"),
        new Column("score", DOUBLE, "Score 0 to 1; empty when left out of the domain"),
        new Column("status", STRING, "MET, PARTIAL, NOT_MET, NO_EVIDENCE or NOT_APPLICABLE"),
        new Column("evidence_count", LONG, "Rows of the evidence source behind the measure"),
        new Column("method", STRING, "Scoring method: threshold, boolean, linear or goalposts"),
        new Column("parameters", STRING, "Parameters of the scoring method"),
        new Column("reason", STRING, "Why the force has this score, in plain English"),
        new Column("cross_check", STRING, "AGREES, CONTRADICTED or NO_ANSWER where the requirement compares a self-reported answer with the evidence"),
        new Column("self_reported", DOUBLE, "The force's own answer to the cross-check question"),
        new Column("next_year_measure", DOUBLE, "The measure a year after the as-of date, for requirements that depend on it (e.g. systems in support)"),
        new Column("next_year_score", DOUBLE, "Score a year on if nothing changed; the same as score for requirements that do not depend on the date"),
        new Column("next_year_status", STRING, "Status a year on, for requirements that depend on the date"),
        new Column("next_year_reason", STRING, "Why the score a year on differs, naming the systems that pass end of support"),
        new Column("systems_leaving_support", STRING, "Asset ids behind the requirement that pass end of support within the year, space-separated")), rows);
  }

  static Table lifecycleRisks(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (LifecycleRisk r : a.scores().lifecycleRisks()) {
      rows.add(Arrays.asList(a.year(), r.forceCode(), r.assetId(), r.category(), r.vendor(), r.product(), r.version(),
          r.endOfSupport(), r.passesWithinYear() ? "passes within the year" : "out of support",
          String.join(" ", r.requirementIds())));
    }
    return new Table("lifecycle_risks", "Systems out of support at the as-of date or passing end of support within the year after it", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("force_code", STRING, "ONS police force area code"),
        new Column("asset_id", STRING, "The force's identifier for the system"),
        new Column("category", STRING, "Category of the system"),
        new Column("vendor", STRING, "Vendor"),
        new Column("product", STRING, "Product"),
        new Column("version", STRING, "Version"),
        new Column("end_of_support", DATE, "Date the vendor's support ends or ended"),
        new Column("support_status", STRING, "'out of support' at the as-of date, or 'passes within the year'"),
        new Column("requirements_lowered", STRING, "Requirements whose score a year on it lowers, space-separated")), rows);
  }

  static Table dataQuality(Assessment a) {
    return dataQualityTable(a.year(), a.dataQuality());
  }

  /** The data-quality table on its own, as the validate command writes it. */
  public static Table dataQualityTable(int year, List<DataQualityRow> quality) {
    List<List<Object>> rows = new ArrayList<>();
    for (DataQualityRow d : quality) {
      rows.add(Arrays.asList(year, d.input(), d.file(), d.forceCode(), d.rowsRead(), d.rowsUsed(),
          d.rowsRejected(), d.rejectedByRule(), d.note()));
    }
    return new Table("data_quality", "Rows read, used and rejected per input file and force", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("input", STRING, "Input: inventory, returns, workforce or indicators"),
        new Column("file", STRING, "Input file, relative to the year's folder"),
        new Column("force_code", STRING, "Force code as given in the file (may be unknown)"),
        new Column("rows_read", LONG, "Rows read"),
        new Column("rows_used", LONG, "Rows that passed every rule"),
        new Column("rows_rejected", LONG, "Rows rejected (see rejects/)"),
        new Column("rejected_by_rule", STRING, "Rejected rows by rule"),
        new Column("note", STRING, "What is missing: no return received, questions answered")), rows);
  }
}
