package uk.inspectorate.interop.publish;

import static uk.inspectorate.interop.publish.ColumnType.DOUBLE;
import static uk.inspectorate.interop.publish.ColumnType.INTEGER;
import static uk.inspectorate.interop.publish.ColumnType.LONG;
import static uk.inspectorate.interop.publish.ColumnType.STRING;

import java.util.List;
import uk.inspectorate.interop.results.Change;
import uk.inspectorate.interop.results.DomainOutcome;
import uk.inspectorate.interop.results.ForceChange;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.RequirementOutcome;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.score.LookAheadResult;
import uk.inspectorate.interop.score.RequirementResult;

/**
 * The scores of a year as open data: a row a force ({@code force_scores}), a force and domain
 * ({@code domain_scores}) and a force and requirement ({@code requirement_results}). The columns
 * a later year reads back for its change since last year are named here once, for the writer and
 * the reader alike.
 */
public final class ResultTables {
  public static final String FORCE_SCORES = "force_scores";
  public static final String DOMAIN_SCORES = "domain_scores";
  public static final String REQUIREMENT_RESULTS = "requirement_results";

  static final Column<ForceResults> FORCE_CODE = Column.of("force_code", STRING, "ONS police force area code",
      ForceResults::code);
  static final Column<ForceResults> OVERALL_SCORE = Column.of("overall_score", DOUBLE,
      "Weighted mean of the domain scores, 0 to 1", f -> f.score().overallScore());
  static final Column<ForceResults> MATURITY_LEVEL = Column.of("maturity_level", INTEGER,
      "Highest maturity level reached (1 = lowest)", f -> f.score().maturityLevel());
  static final Column<ForceResults> LEVEL_NAME = Column.of("level_name", STRING, "Name of the maturity level",
      f -> f.score().levelName());

  static final Column<DomainOutcome> DOMAIN_FORCE = Column.of("force_code", STRING, "ONS police force area code",
      d -> d.score().forceCode());
  static final Column<DomainOutcome> DOMAIN_ID = Column.of("domain_id", STRING, "Domain of the network code",
      d -> d.domain().id());
  static final Column<DomainOutcome> DOMAIN_SCORE = Column.of("score", DOUBLE,
      "Weighted mean of the domain's requirement scores, 0 to 1; empty when every requirement was excluded",
      DomainOutcome::value);

  static final Column<RequirementOutcome> RESULT_FORCE = Column.of("force_code", STRING, "ONS police force area code",
      RequirementOutcome::forceCode);
  static final Column<RequirementOutcome> REQUIREMENT_ID = Column.of("requirement_id", STRING,
      "Requirement of the network code", RequirementOutcome::id);
  static final Column<RequirementOutcome> REQUIREMENT_SCORE = Column.of("score", DOUBLE,
      "Score 0 to 1; empty when left out of the domain", RequirementOutcome::score);
  static final Column<RequirementOutcome> METHOD = Column.of("method", STRING,
      "Scoring method: threshold, boolean, linear or goalposts", r -> r.result().method());
  static final Column<RequirementOutcome> PARAMETERS = Column.of("parameters", STRING,
      "Parameters of the scoring method", r -> r.result().parameters());

  private ResultTables() {}

  static <R> Column<R> year(int year) {
    return Column.of("year", INTEGER, "Assessment year", r -> year);
  }

  static Table<ForceResults> forceScores(Results results) {
    return new Table<>(FORCE_SCORES, "One row a force: overall score, maturity level and rank", List.of(
        year(results.year()), FORCE_CODE,
        Column.of("force_name", STRING, "Force name", ForceResults::name),
        Column.of("region", STRING, "Home Office region", f -> f.score().region()),
        Column.of("peer_group", STRING, "Peer group the force is compared with", f -> f.score().peerGroup()),
        OVERALL_SCORE, MATURITY_LEVEL, LEVEL_NAME,
        Column.of("rank", INTEGER, "Rank by overall score, 1 highest; equal scores share a rank", f -> f.score().rank()),
        Column.of("peer_median", DOUBLE, "Median overall score of the force's peer group, the force included",
            f -> f.score().peerMedian()),
        Column.of("gap_to_peer_median", DOUBLE, "Overall score less the peer median; negative when behind its peers",
            f -> f.score().gapToPeerMedian()),
        Column.of("quartile", INTEGER, "National quartile by rank, 1 + floor(4 x (rank - 1) / forces): 1 for the top "
            + "quarter, 4 for the bottom; tied forces share it", f -> f.score().quartile()),
        Column.of("next_year_score", DOUBLE, "Overall score a year after the as-of date if nothing changed (systems "
            + "passing end of support count as out of support)", f -> f.score().nextYearScore()),
        Column.of("next_year_level", INTEGER, "Maturity level that next_year_score reaches",
            f -> f.score().nextYearLevel()),
        Column.of("next_year_level_name", STRING, "Name of next_year_level", f -> f.score().nextYearLevelName()),
        Column.of("previous_score", DOUBLE, "Overall score in the previous assessment year; empty when the force was "
            + "not assessed then", f -> f.sinceLastYear().map(ForceChange::previousScore).orElse(null)),
        Column.of("previous_level", INTEGER, "Maturity level in the previous assessment year",
            f -> f.sinceLastYear().map(ForceChange::previousLevel).orElse(null)),
        Column.of("change_since_previous", DOUBLE, "overall_score less previous_score (see domain_scores and "
            + "requirement_results for what can be compared)",
            f -> f.sinceLastYear().map(ForceChange::difference).orElse(null))),
        results.forces());
  }

  static Table<DomainOutcome> domainScores(Results results) {
    return new Table<>(DOMAIN_SCORES, "One row a force and domain", List.of(
        year(results.year()), DOMAIN_FORCE, DOMAIN_ID, DOMAIN_SCORE,
        Column.of("requirements_scored", INTEGER, "Requirements that count in the score",
            d -> d.score().requirementsScored()),
        Column.of("requirements_excluded", INTEGER, "Requirements left out for lack of evidence (missing: exclude)",
            d -> d.score().requirementsExcluded()),
        Column.of("peer_median", DOUBLE, "Median of the domain's scores in the force's peer group",
            DomainOutcome::peerMedian),
        Column.of("gap_to_peer_median", DOUBLE, "Domain score less the peer median; negative when behind its peers",
            DomainOutcome::gapToPeerMedian),
        Column.of("next_year_score", DOUBLE, "Domain score a year after the as-of date if nothing changed",
            DomainOutcome::nextYearScore),
        Column.of("previous_score", DOUBLE, "The domain's score in the previous year, where comparable",
            d -> d.change().previous()),
        Column.of("change_since_previous", DOUBLE, "score less previous_score, where comparable",
            d -> d.change().difference()),
        Column.of("comparison", STRING, "How the domain compares with the previous year's: comparable, or why not "
            + "(requirements changed, weights changed, method changed); empty when there is no previous year",
            d -> comparison(d.change()))),
        results.domainOutcomes());
  }

  static Table<RequirementOutcome> requirementResults(Results results) {
    return new Table<>(REQUIREMENT_RESULTS, "One row a force and requirement, with the evidence behind the score",
        List.of(year(results.year()), RESULT_FORCE, REQUIREMENT_ID,
            Column.of("domain_id", STRING, "Domain of the requirement", r -> r.result().domainId()),
            Column.of("measure_value", DOUBLE, "Value of the requirement's measure over the force's evidence",
                r -> r.result().measureValue()),
            REQUIREMENT_SCORE,
            Column.of("status", STRING, "MET, PARTIAL, NOT_MET, NO_EVIDENCE or NOT_APPLICABLE", r -> r.status().name()),
            Column.of("evidence_count", LONG, "Rows of the evidence source behind the measure",
                r -> r.result().evidenceCount()),
            METHOD, PARAMETERS,
            Column.of("reason", STRING, "Why the force has this score, in plain English", r -> r.result().reason()),
            Column.of("cross_check", STRING, "AGREES, CONTRADICTED or NO_ANSWER where the requirement compares a "
                + "self-reported answer with the evidence",
                r -> r.result().crossCheck() == null ? null : r.result().crossCheck().name()),
            Column.of("self_reported", DOUBLE, "The force's own answer to the cross-check question",
                r -> r.result().selfReported()),
            Column.of("next_year_measure", DOUBLE, "The measure a year after the as-of date, for requirements that "
                + "depend on it (e.g. systems in support)", r -> lookAhead(r, LookAheadResult::measureValue)),
            Column.of("next_year_score", DOUBLE, "Score a year on if nothing changed; the same as score for "
                + "requirements that do not depend on the date", r -> r.result().nextYearScore()),
            Column.of("next_year_status", STRING, "Status a year on, for requirements that depend on the date",
                r -> lookAhead(r, l -> l.status().name())),
            Column.of("next_year_reason", STRING, "Why the score a year on differs, naming the systems that pass end "
                + "of support", r -> lookAhead(r, LookAheadResult::reason)),
            Column.of("systems_leaving_support", STRING, "Asset ids behind the requirement that pass end of support "
                + "within the year, space-separated", r -> lookAhead(r, l -> String.join(" ", l.systemsLeaving()))),
            Column.of("previous_score", DOUBLE, "The score of the requirement (or those it replaces, their mean) in "
                + "the previous year, where comparable", r -> r.change().previous()),
            Column.of("change_since_previous", DOUBLE, "score less previous_score, where comparable",
                r -> r.change().difference()),
            Column.of("comparison", STRING, "comparable, new (no requirement of the previous year continues in it) "
                + "or method changed (scored differently, so not compared); empty when there is no previous year",
                r -> comparison(r.change()))),
        results.requirementOutcomes());
  }

  private static Object lookAhead(RequirementOutcome r, java.util.function.Function<LookAheadResult, Object> field) {
    RequirementResult result = r.result();
    return result.lookAhead() == null ? null : field.apply(result.lookAhead());
  }

  private static String comparison(Change change) {
    return change.comparison() == null ? null : change.comparison().key();
  }
}
