package uk.inspectorate.interop.report;

import static uk.inspectorate.interop.report.Table.Type.BOOLEAN;
import static uk.inspectorate.interop.report.Table.Type.DATE;
import static uk.inspectorate.interop.report.Table.Type.DOUBLE;
import static uk.inspectorate.interop.report.Table.Type.INTEGER;
import static uk.inspectorate.interop.report.Table.Type.LONG;
import static uk.inspectorate.interop.report.Table.Type.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.inspectorate.interop.analysis.InteropCluster;
import uk.inspectorate.interop.analysis.InteropPair;
import uk.inspectorate.interop.analysis.InteropReach;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.Capability;
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
    return java.util.stream.Stream.of(forceScores(a), domainScores(a), requirementResults(a), dataQuality(a),
            lifecycleRisks(a), interopCapabilities(a), interopPairs(a), interopReach(a), interopClusters(a),
            codeRequirements(a))
        .map(t -> new Table(t.name(), t.description(), t.columns().stream().map(c -> describe(a, c)).toList(), t.rows()))
        .toList();
  }

  /**
   * A column's unit and allowed values, by its name: one definition for every table that has the
   * column, and the values the code allows (its levels, domains, requirements and capabilities).
   */
  static Column describe(Assessment a, Column c) {
    return switch (c.name()) {
      case "overall_score", "score", "peer_median", "next_year_score", "connectivity", "reach" -> c.in("fraction 0 to 1");
      case "gap_to_peer_median" -> c.in("fraction -1 to 1");
      case "measure_value", "next_year_measure", "self_reported" -> c.in("the requirement's unit (see its methodology)");
      case "evidence_count", "rows_read", "rows_used", "rows_rejected" -> c.in("rows");
      case "systems" -> c.in("inventory systems");
      case "requirements_scored", "requirements_excluded" -> c.in("requirements");
      case "pairs", "connected_pairs" -> c.in("pairs of forces");
      case "isolated_forces", "reachable_forces", "other_forces", "forces" -> c.in("forces");
      case "clusters" -> c.in("clusters");
      case "year" -> c.in("calendar year");
      case "status", "next_year_status" -> c.allowing(Arrays.asList(uk.inspectorate.interop.score.Status.values()));
      case "cross_check" -> c.allowing(Arrays.asList(uk.inspectorate.interop.score.CrossCheck.values()));
      case "method" -> c.allowing(Arrays.stream(uk.inspectorate.interop.code.ScoringMethod.values())
          .map(uk.inspectorate.interop.code.ScoringMethod::key).toList());
      case "maturity_level", "next_year_level" -> c.allowing(a.code().levels().stream().map(l -> l.level()).toList());
      case "level_name", "next_year_level_name" -> c.allowing(a.code().levels().stream().map(l -> l.name()).toList());
      case "quartile" -> c.allowing(List.of(1, 2, 3, 4));
      case "domain_id" -> c.allowing(a.code().domains().stream().map(d -> d.id()).toList());
      case "requirement_id" -> c.allowing(a.code().requirements().map(r -> r.id()).toList());
      case "capability_id" -> c.allowing(a.code().capabilities().stream().map(Capability::id).toList());
      case "comparison" -> c.allowing(List.of(PreviousYear.COMPARABLE, PreviousYear.NEW, PreviousYear.METHOD_CHANGED,
          PreviousYear.WEIGHTS_CHANGED, PreviousYear.REQUIREMENTS_CHANGED));
      case "previous_level" -> c.allowing(a.code().levels().stream().map(l -> l.level()).toList());
      case "previous_score", "change_since_previous" -> c.in("fraction 0 to 1");
      case "support_status" -> c.allowing(List.of("out of support", "passes within the year"));
      case "input" -> c.allowing(Arrays.stream(uk.inspectorate.interop.code.Source.values())
          .map(uk.inspectorate.interop.code.Source::key).toList());
      default -> c;
    };
  }

  /** The code the year was assessed against, so that a later year can tell what changed. */
  static Table codeRequirements(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (uk.inspectorate.interop.code.Domain d : a.code().domains()) {
      for (uk.inspectorate.interop.code.Requirement r : d.requirements()) {
        rows.add(Arrays.asList(a.year(), a.code().id(), a.code().version(), r.id(), r.title(), d.id(), d.title(),
            d.weight(), r.weight(), r.evidence().source().key(), r.scoring().method().key(), r.scoring().parameters(),
            r.missing().key(), String.join(" ", r.replaces())));
      }
    }
    return new Table("code_requirements", "A requirement of the network code the year was assessed against", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("code_id", STRING, "Identifier of the network code"),
        new Column("code_version", STRING, "Edition of the network code"),
        new Column("requirement_id", STRING, "Requirement of the network code"),
        new Column("title", STRING, "What the requirement asks"),
        new Column("domain_id", STRING, "Domain of the requirement"),
        new Column("domain_title", STRING, "Title of the domain"),
        new Column("domain_weight", DOUBLE, "Weight of the domain in the overall score"),
        new Column("weight", DOUBLE, "Weight of the requirement in its domain"),
        new Column("source", STRING, "Evidence source: inventory, returns, workforce or indicators"),
        new Column("method", STRING, "Scoring method"),
        new Column("parameters", STRING, "Parameters of the scoring method"),
        new Column("missing", STRING, "What a force without evidence scores: not_met, exclude or peer_median"),
        new Column("replaces", STRING, "Requirements of earlier editions it continues, space-separated")), rows);
  }

  static Table interopCapabilities(Assessment a) {
    Network n = a.network();
    List<List<Object>> rows = new ArrayList<>();
    for (Capability c : n.capabilities()) {
      Network.Summary m = n.summary(c.id());
      rows.add(Arrays.asList(a.year(), c.id(), c.title(), c.where(), String.join(" ", c.standards()), c.platforms(),
          m.pairs(), m.connectedPairs(), m.connectivity(), m.isolatedForces(), m.clusters()));
    }
    return new Table("interop_capabilities", "A capability of the interoperability network, with its national connectivity", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("capability_id", STRING, "Capability of the network code"),
        new Column("title", STRING, "What the capability is"),
        new Column("systems_where", STRING, "Spark SQL over the inventory choosing the systems that serve it"),
        new Column("exchange_standards", STRING, "Exchange standards that let two forces exchange data, space-separated; empty when only a shared platform or a declared link does"),
        new Column("shared_platforms_count", BOOLEAN, "True when running the same vendor product lets two forces exchange data"),
        new Column("pairs", INTEGER, "Pairs of forces"),
        new Column("connected_pairs", INTEGER, "Pairs that can exchange data"),
        new Column("connectivity", DOUBLE, "connected_pairs / pairs, 0 to 1"),
        new Column("isolated_forces", INTEGER, "Forces that can exchange with no other force"),
        new Column("clusters", INTEGER, "Groups of two or more forces that can all exchange with one another (maximal, see interop_clusters)")), rows);
  }

  static Table interopPairs(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (InteropPair p : a.network().pairs()) {
      rows.add(Arrays.asList(a.year(), p.capabilityId(), p.forceA(), p.forceB(), p.canExchange(), p.via(),
          String.join(" ", p.commonStandards()), String.join("; ", p.commonPlatforms()), p.declaredLink()));
    }
    return new Table("interop_pairs", "A pair of forces on a capability: whether and how they can exchange data", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("capability_id", STRING, "Capability of the network code"),
        new Column("force_a", STRING, "ONS code of the first force (the lower code)"),
        new Column("force_b", STRING, "ONS code of the second force"),
        new Column("can_exchange", BOOLEAN, "True when the two can exchange data on the capability: a common exchange standard, a shared platform or a declared link"),
        new Column("via", STRING, "How, e.g. 'standard POLE; platform Niche Technology Niche RMS; declared link'"),
        new Column("common_standards", STRING, "Exchange standards both forces' systems support, space-separated"),
        new Column("common_platforms", STRING, "Vendor products both forces run for the capability, separated by '; '"),
        new Column("declared_link", BOOLEAN, "True when either force lists the other as a sharing partner on a system of the capability")), rows);
  }

  static Table interopReach(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (InteropReach r : a.network().reach()) {
      rows.add(Arrays.asList(a.year(), r.forceCode(), r.capabilityId(), r.systems(), r.reachable(), r.otherForces(), r.reach()));
    }
    return new Table("interop_reach", "A force on a capability: how many of the other forces it can exchange data with", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("force_code", STRING, "ONS police force area code"),
        new Column("capability_id", STRING, "Capability of the network code"),
        new Column("systems", INTEGER, "Inventory systems of the force that serve the capability"),
        new Column("reachable_forces", INTEGER, "Other forces it can exchange data with on the capability"),
        new Column("other_forces", INTEGER, "Other forces assessed"),
        new Column("reach", DOUBLE, "reachable_forces / other_forces, 0 to 1")), rows);
  }

  static Table interopClusters(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (InteropCluster c : a.network().clusters()) {
      rows.add(Arrays.asList(a.year(), c.capabilityId(), c.cluster(), c.forceCodes().size(), String.join(" ", c.forceCodes())));
    }
    return new Table("interop_clusters", "A group of forces that can all exchange data with one another on a capability, and no larger group contains it", List.of(
        new Column("year", INTEGER, "Assessment year"),
        new Column("capability_id", STRING, "Capability of the network code"),
        new Column("cluster", INTEGER, "Number of the cluster within the capability, largest first"),
        new Column("forces", INTEGER, "Forces in the cluster"),
        new Column("force_codes", STRING, "ONS codes of its forces, space-separated")), rows);
  }

  /** The data dictionary: one row a column of each published table, with its type and meaning. */
  public static Table dictionary(List<Table> tables) {
    List<List<Object>> rows = new ArrayList<>();
    for (Table table : tables) {
      for (Column column : table.columns()) {
        rows.add(Arrays.asList(table.name(), table.description(), column.name(), column.type().name().toLowerCase(java.util.Locale.ROOT),
            column.meaning(), column.unit(), column.allowed()));
      }
    }
    return new Table("data_dictionary", "One row a column of each published table", List.of(
        new Column("table", STRING, "Table name, the same in data/ (Parquet) and csv/"),
        new Column("table_description", STRING, "What one row of the table is"),
        new Column("column", STRING, "Column name"),
        new Column("type", STRING, "string, integer, long, double, boolean or date"),
        new Column("meaning", STRING, "What the column holds"),
        new Column("unit", STRING, "What a number in the column counts or measures; empty for text"),
        new Column("allowed_values", STRING, "The values the column may take, separated by ' | '; empty when open")), rows);
  }

  static Table forceScores(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    for (ForceScore f : a.scores().forces()) {
      rows.add(Arrays.asList(a.year(), f.forceCode(), f.name(), f.region(), f.peerGroup(),
          f.overallScore(), f.maturityLevel(), f.levelName(), f.rank(), f.peerMedian(), f.gapToPeerMedian(),
          f.quartile(), f.nextYearScore(), f.nextYearLevel(), f.nextYearLevelName(),
          a.previousYear().map(p -> p.overall().get(f.forceCode())).orElse(null),
          a.previousYear().map(p -> p.levels().get(f.forceCode())).orElse(null),
          a.previousYear().map(p -> p.overall().get(f.forceCode())).map(before -> f.overallScore() - before).orElse(null)));
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
        new Column("next_year_level_name", STRING, "Name of next_year_level"),
        new Column("previous_score", DOUBLE, "Overall score in the previous assessment year; empty when the force was not assessed then"),
        new Column("previous_level", INTEGER, "Maturity level in the previous assessment year"),
        new Column("change_since_previous", DOUBLE, "overall_score less previous_score (see domain_scores and requirement_results for what can be compared)")), rows);
  }

  static Table domainScores(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    Map<String, String> comparison = new HashMap<>();
    a.previousYear().ifPresent(p -> a.code().domains().forEach(d -> comparison.put(d.id(), p.domainComparison(d))));
    for (DomainScore d : a.scores().domains()) {
      String compared = comparison.get(d.domainId());
      Double before = a.previousYear().map(p -> p.domainScores().get(d.forceCode() + "|" + d.domainId())).orElse(null);
      boolean comparable = PreviousYear.COMPARABLE.equals(compared) && before != null && d.score() != null;
      rows.add(Arrays.asList(a.year(), d.forceCode(), d.domainId(), d.score(), d.requirementsScored(),
          d.requirementsExcluded(), d.peerMedian(), d.gapToPeerMedian(), d.nextYearScore(),
          comparable ? before : null, comparable ? d.score() - before : null, compared));
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
        new Column("next_year_score", DOUBLE, "Domain score a year after the as-of date if nothing changed"),
        new Column("previous_score", DOUBLE, "The domain's score in the previous year, where comparable"),
        new Column("change_since_previous", DOUBLE, "score less previous_score, where comparable"),
        new Column("comparison", STRING, "How the domain compares with the previous year's: comparable, or why not (requirements changed, weights changed, method changed); empty when there is no previous year")), rows);
  }

  static Table requirementResults(Assessment a) {
    List<List<Object>> rows = new ArrayList<>();
    Map<String, String> comparisons = new HashMap<>();
    a.previousYear().ifPresent(p -> a.code().requirements().forEach(q -> comparisons.put(q.id(), p.comparison(q))));
    for (RequirementResult r : a.scores().requirements()) {
      String compared = comparisons.get(r.requirementId());
      Double before = r.score() == null || !PreviousYear.COMPARABLE.equals(compared) ? null
          : a.previousYear().map(p -> p.requirementScores().get(r.forceCode() + "|" + r.requirementId())).orElse(null);
      rows.add(Arrays.asList(a.year(), r.forceCode(), r.requirementId(), r.domainId(), r.measureValue(),
          r.score(), r.status().name(), r.evidenceCount(), r.method(), r.parameters(), r.reason(),
          r.crossCheck() == null ? null : r.crossCheck().name(), r.selfReported(),
          r.lookAhead() == null ? null : r.lookAhead().measureValue(), r.nextYearScore(),
          r.lookAhead() == null ? null : r.lookAhead().status().name(),
          r.lookAhead() == null ? null : r.lookAhead().reason(),
          r.lookAhead() == null ? null : String.join(" ", r.lookAhead().systemsLeaving()),
          before, before == null ? null : r.score() - before, compared));
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
        new Column("systems_leaving_support", STRING, "Asset ids behind the requirement that pass end of support within the year, space-separated"),
        new Column("previous_score", DOUBLE, "The score of the requirement (or those it replaces, their mean) in the previous year, where comparable"),
        new Column("change_since_previous", DOUBLE, "score less previous_score, where comparable"),
        new Column("comparison", STRING, "comparable, new (no requirement of the previous year continues in it) or method changed (scored differently, so not compared); empty when there is no previous year")), rows);
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
