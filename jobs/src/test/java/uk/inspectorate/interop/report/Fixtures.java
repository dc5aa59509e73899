package uk.inspectorate.interop.report;

import java.time.LocalDate;
import java.util.List;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Evidence;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.MissingPolicy;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Status;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * A small assessment written out by hand for the renderers: four forces, two domains of two
 * requirements, every status (including no evidence with an empty score), a contradicted
 * self-assessment, a tie for second place, a level no force reached, and a force whose name
 * looks like a formula.
 *
 * <p>Equal weights throughout, so each domain score is the mean of its scored requirements and
 * the overall score the mean of the domains:
 *
 * <pre>
 *              DAT-01       DAT-02       SHR-01          SHR-02              DAT    SHR   overall level rank
 * Alpha        1 met        0.9 partial  1 met           - no evidence       0.95   1     0.975   3     1
 * =HYPERLINK   0.5 partial  0.5 partial  0 not met       1 met               0.5    0.5   0.5     2     2
 *              (contradicted)
 * Charlie      0.5 partial  0.5 partial  0 no evidence   1 met               0.5    0.5   0.5     2     2
 * Delta        0 not met    0 not met    0 not met       - not applicable    0      0     0       1     4
 * </pre>
 */
final class Fixtures {
  static final int YEAR = 2025;
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  static final String FORMULA_NAME = "=HYPERLINK(\"x\")";

  static final String ALPHA = "E23000001";
  static final String FORMULA_FORCE = "E23000002";
  static final String CHARLIE = "E23000003";
  static final String DELTA = "W15000004";

  private Fixtures() {}

  /** The provisional assessment described above, marked OFFICIAL. */
  static Assessment smallAssessment() {
    return assessment(true);
  }

  static Assessment assessment(boolean provisional) {
    List<Force> forces = List.of(
        force(ALPHA, "Alpha Police", "alpha", "North East", "Small mixed and urban"),
        force(FORMULA_FORCE, FORMULA_NAME, "hyperlink", "North East", "Small mixed and urban"),
        force(CHARLIE, "Charlie Constabulary", "charlie", "London", "Metropolitan and large urban"),
        force(DELTA, "Heddlu Delta Police", "delta", "Wales", "Medium mixed"));
    return new Assessment(YEAR, AS_OF, code(), forces, scores(), dataQuality(), "OFFICIAL", provisional);
  }

  static NetworkCode code() {
    Evidence inventory = new Evidence(Source.INVENTORY, null, "avg(if(open_api, 1.0, 0.0))");
    Evidence returns = new Evidence(Source.RETURNS, "question_id = 'Q1'", "max(value)");
    ScoringRule threshold = new ScoringRule(ScoringMethod.THRESHOLD, 0.9, 0.5, null, null, false, false);
    ScoringRule goalposts = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 0.2, 0.8, false, false);
    ScoringRule yes = new ScoringRule(ScoringMethod.BOOLEAN, null, null, null, null, false, false);
    Domain data = new Domain("DAT", "Data standards", 1, List.of(
        new Requirement("DAT-01", "Core records systems hold POLE-structured data", "DAT", 1, inventory,
            threshold, MissingPolicy.NOT_MET, "Q1", List.of()),
        new Requirement("DAT-02", "Applications expose open, documented APIs", "DAT", 1, inventory,
            goalposts, MissingPolicy.NOT_MET, null, List.of())));
    Domain sharing = new Domain("SHR", "Information sharing", 1, List.of(
        new Requirement("SHR-01", "The records system uploads automatically to the Police National Database",
            "SHR", 1, inventory, yes, MissingPolicy.NOT_MET, null, List.of()),
        new Requirement("SHR-02", "-Safeguarding partners share data under signed agreements", "SHR", 1,
            returns, yes, MissingPolicy.EXCLUDE, null, List.of())));
    return new NetworkCode("test-code", "1.0", "Test network code", Aggregation.ARITHMETIC,
        List.of(new Level(1, "Initial", 0.0, null), new Level(2, "Developing", 0.4, 0.2),
            new Level(3, "Defined", 0.7, null), new Level(4, "Optimised", 0.99, 0.9)),
        List.of(new Question("Q1", "How much of your records data is POLE-structured?", QuestionType.LIKERT_0_4, List.of())),
        List.of(data, sharing));
  }

  /** Force scores deliberately not in rank order: the writers must sort them. */
  static Scorer.Scores scores() {
    List<RequirementResult> results = List.of(
        result(ALPHA, "DAT-01", 0.95, 1.0, Status.MET, 20, 4.0, CrossCheck.AGREES),
        result(ALPHA, "DAT-02", 0.74, 0.9, Status.PARTIAL, 40, null, null),
        result(ALPHA, "SHR-01", 1.0, 1.0, Status.MET, 40, null, null),
        result(ALPHA, "SHR-02", null, null, Status.NO_EVIDENCE, 0, null, null),
        result(FORMULA_FORCE, "DAT-01", 0.6, 0.5, Status.PARTIAL, 10, 4.0, CrossCheck.CONTRADICTED),
        result(FORMULA_FORCE, "DAT-02", 0.5, 0.5, Status.PARTIAL, 30, null, null),
        result(FORMULA_FORCE, "SHR-01", 0.0, 0.0, Status.NOT_MET, 30, null, null),
        result(FORMULA_FORCE, "SHR-02", 1.0, 1.0, Status.MET, 1, null, null),
        result(CHARLIE, "DAT-01", 0.5, 0.5, Status.PARTIAL, 12, 2.0, CrossCheck.AGREES),
        result(CHARLIE, "DAT-02", 0.5, 0.5, Status.PARTIAL, 12, null, null),
        result(CHARLIE, "SHR-01", null, 0.0, Status.NO_EVIDENCE, 0, null, null),
        result(CHARLIE, "SHR-02", 1.0, 1.0, Status.MET, 1, null, null),
        result(DELTA, "DAT-01", 0.1, 0.0, Status.NOT_MET, 8, null, CrossCheck.NO_ANSWER),
        result(DELTA, "DAT-02", 0.1, 0.0, Status.NOT_MET, 8, null, null),
        result(DELTA, "SHR-01", 0.0, 0.0, Status.NOT_MET, 8, null, null),
        result(DELTA, "SHR-02", null, null, Status.NOT_APPLICABLE, 0, null, null));
    List<DomainScore> domains = List.of(
        new DomainScore(ALPHA, "DAT", 0.95, 2, 0), new DomainScore(ALPHA, "SHR", 1.0, 1, 1),
        new DomainScore(FORMULA_FORCE, "DAT", 0.5, 2, 0), new DomainScore(FORMULA_FORCE, "SHR", 0.5, 2, 0),
        new DomainScore(CHARLIE, "DAT", 0.5, 2, 0), new DomainScore(CHARLIE, "SHR", 0.5, 2, 0),
        new DomainScore(DELTA, "DAT", 0.0, 2, 0), new DomainScore(DELTA, "SHR", 0.0, 1, 0));
    List<ForceScore> forces = List.of(
        new ForceScore(DELTA, "Heddlu Delta Police", "delta", "Wales", "Medium mixed", 0.0, 1, "Initial", 4),
        new ForceScore(CHARLIE, "Charlie Constabulary", "charlie", "London", "Metropolitan and large urban", 0.5,
            2, "Developing", 2),
        new ForceScore(ALPHA, "Alpha Police", "alpha", "North East", "Small mixed and urban", 0.975, 3, "Defined", 1),
        new ForceScore(FORMULA_FORCE, FORMULA_NAME, "hyperlink", "North East", "Small mixed and urban", 0.5, 2,
            "Developing", 2));
    return new Scorer.Scores(results, domains, forces);
  }

  static List<DataQualityRow> dataQuality() {
    return List.of(
        new DataQualityRow("inventory", "inventory/alpha.csv", ALPHA, 40, 40, 0, ""),
        new DataQualityRow("inventory", "@inventory/delta.csv", DELTA, 10, 8, 2, "duplicate_asset=2"),
        new DataQualityRow("returns", "returns/returns.csv", "", 3, 0, 3, "unknown_force=3"));
  }

  private static Force force(String code, String name, String slug, String region, String peerGroup) {
    String country = code.startsWith("W") ? "Wales" : "England";
    return new Force(code, name, name, slug, country, region, "territorial", peerGroup, 1000, 500_000L);
  }

  private static RequirementResult result(String force, String requirement, Double measure, Double score,
      Status status, long rows, Double selfReported, CrossCheck check) {
    String domain = requirement.substring(0, 3);
    String method = requirement.equals("DAT-01") ? "threshold" : requirement.equals("DAT-02") ? "goalposts" : "boolean";
    String parameters = requirement.equals("DAT-01") ? "met=0.9; partial=0.5" : requirement.equals("DAT-02") ? "min=0.2; max=0.8" : "";
    String reason = status == Status.NO_EVIDENCE || status == Status.NOT_APPLICABLE
        ? "no rows match this requirement"
        : "measured " + measure + " from " + rows + " rows";
    return new RequirementResult(force, requirement, domain, measure, score, status, rows, method, parameters,
        reason, null, selfReported, check);
  }
}
