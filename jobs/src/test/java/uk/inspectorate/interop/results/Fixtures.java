package uk.inspectorate.interop.results;

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
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.LookAheadResult;
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
public final class Fixtures {
  public static final int YEAR = 2025;
  public static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  public static final String FORMULA_NAME = "=HYPERLINK(\"x\")";

  public static final String ALPHA = "E23000001";
  public static final String FORMULA_FORCE = "E23000002";
  public static final String CHARLIE = "E23000003";
  public static final String DELTA = "W15000004";

  private Fixtures() {}

  /** The provisional assessment described above, marked OFFICIAL. */
  public static Assessment smallAssessment() {
    return assessment(true);
  }

  public static Assessment assessment(boolean provisional) {
    List<Force> forces = List.of(
        force(ALPHA, "Alpha Police", "alpha", "North East", "Small mixed and urban"),
        force(FORMULA_FORCE, FORMULA_NAME, "hyperlink", "North East", "Small mixed and urban"),
        force(CHARLIE, "Charlie Constabulary", "charlie", "London", "Metropolitan and large urban"),
        force(DELTA, "Heddlu Delta Police", "delta", "Wales", "Medium mixed"));
    return new Assessment(YEAR, AS_OF, code(), forces, scores(), dataQuality(), "OFFICIAL", provisional);
  }

  /**
   * The small assessment with what a force's factsheet compares: the 2024 results (Delta was not
   * assessed then), peer medians worked out by hand for the North East pair (Alpha 0.975 and
   * =HYPERLINK 0.5, median 0.7375), and two of Alpha's systems, one already out of support and one
   * ({@code =Records suite}, a product name that looks like a formula) passing end of support
   * within the year, which takes DAT-02 to 0 a year on: DAT 0.5, overall 0.75, still Defined.
   */
  public static Assessment withPreviousYear() {
    Scorer.Scores small = scores();
    List<RequirementResult> results = small.requirements().stream()
        .map(r -> r.forceCode().equals(ALPHA) && r.requirementId().equals("DAT-02")
            ? new RequirementResult(r.forceCode(), r.requirementId(), r.domainId(), r.measureValue(), r.score(),
                r.status(), r.evidenceCount(), r.method(), r.parameters(), r.reason(), r.missingHandling(),
                r.selfReported(), r.crossCheck(), new LookAheadResult(0.1, 0.0, Status.NOT_MET, 40,
                    "measured 0.1 from 40 rows a year on", List.of("A-2")))
            : r)
        .toList();
    List<DomainScore> domains = small.domains().stream()
        .map(d -> !d.forceCode().equals(ALPHA) && !d.forceCode().equals(FORMULA_FORCE) ? d
            : new DomainScore(d.forceCode(), d.domainId(), d.score(), d.requirementsScored(), d.requirementsExcluded(),
                d.domainId().equals("DAT") ? 0.725 : 0.75, d.score() - (d.domainId().equals("DAT") ? 0.725 : 0.75),
                d.forceCode().equals(ALPHA) && d.domainId().equals("DAT") ? 0.5 : d.score()))
        .toList();
    List<ForceScore> forces = small.forces().stream()
        .map(f -> switch (f.forceCode()) {
          case ALPHA -> new ForceScore(ALPHA, f.name(), f.slug(), f.region(), f.peerGroup(), 0.975, 3, "Defined", 1,
              0.7375, 0.2375, 1, 0.75, 3, "Defined");
          case FORMULA_FORCE -> new ForceScore(FORMULA_FORCE, f.name(), f.slug(), f.region(), f.peerGroup(), 0.5, 2,
              "Developing", 2, 0.7375, -0.2375, 2, 0.5, 2, "Developing");
          default -> f;
        })
        .toList();
    List<LifecycleRisk> risks = List.of(
        new LifecycleRisk(ALPHA, "A-2", "records", "Acme", "=Records suite", "9", LocalDate.of(2025, 9, 30), true,
            List.of("DAT-02")),
        new LifecycleRisk(ALPHA, "A-1", "network", "Cisco", "Catalyst switches", "3850", LocalDate.of(2024, 12, 31),
            false, List.of()));
    LastYear previous = LastYear.builder(2024, "reports/2024")
        .force(ALPHA, 0.8, 2, "Developing").force(FORMULA_FORCE, 0.55, 2, "Developing")
        .force(CHARLIE, 0.5, 2, "Developing")
        .domain(ALPHA, "DAT", 0.7).domain(ALPHA, "SHR", 0.9)
        .requirement(ALPHA, "DAT-01", 0.9).requirement(ALPHA, "DAT-02", 0.5)
        .build();
    Assessment base = smallAssessment();
    return new Assessment(base.year(), base.asOf(), base.code(), base.forces(),
        new Scorer.Scores(results, domains, forces, risks), base.dataQuality(), base.marking(), base.provisional(),
        previous);
  }

  /**
   * The small assessment with a previous year and lifecycle risks, for the charts of change and
   * of end of support. Last year (2024) Alpha scored 0.875 (this year +10 points),
   * {@code =HYPERLINK} 0.6 (-10), Charlie 0.5 (no change); Delta is new. The risks, as at
   * 31 March 2025:
   *
   * <pre>
   * force    asset  category          end of support  quarter
   * Alpha    A1     hosting           2024-12-01      already out
   * Alpha    A2     hosting           2025-04-01      Apr-Jun 2025
   * Delta    D1     network           2025-06-30      Apr-Jun 2025 (last day of the quarter)
   * Delta    D2     network           2025-07-01      Jul-Sep 2025
   * Charlie  C1     end_user_device   2026-03-31      Jan-Mar 2026 (last day of the year)
   * Charlie  C2     telephony         2025-10-15      Oct-Dec 2025
   * =HYPER.  F1     radio             2025-12-31      Oct-Dec 2025
   * =HYPER.  F2     analytics         2025-01-15      already out
   * </pre>
   */
  public static Assessment withHistory() {
    Assessment a = smallAssessment();
    LastYear previous = LastYear.builder(2024, "reports/2024")
        .force(ALPHA, 0.875, 3, "Defined").force(FORMULA_FORCE, 0.6, 2, "Developing").force(CHARLIE, 0.5, 2, "Developing")
        .build();
    List<LifecycleRisk> risks = List.of(
        risk(ALPHA, "A1", "hosting", LocalDate.of(2024, 12, 1), false),
        risk(ALPHA, "A2", "hosting", LocalDate.of(2025, 4, 1), true),
        risk(DELTA, "D1", "network", LocalDate.of(2025, 6, 30), true),
        risk(DELTA, "D2", "network", LocalDate.of(2025, 7, 1), true),
        risk(CHARLIE, "C1", "end_user_device", LocalDate.of(2026, 3, 31), true),
        risk(CHARLIE, "C2", "telephony", LocalDate.of(2025, 10, 15), true),
        risk(FORMULA_FORCE, "F1", "radio", LocalDate.of(2025, 12, 31), true),
        risk(FORMULA_FORCE, "F2", "analytics", LocalDate.of(2025, 1, 15), false));
    return new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores().withLifecycleRisks(risks),
        a.dataQuality(), a.marking(), a.provisional(), previous);
  }

  private static LifecycleRisk risk(String force, String asset, String category, LocalDate endOfSupport,
      boolean passesWithinYear) {
    return new LifecycleRisk(force, asset, category, "Vendor", "Product", "1", endOfSupport, passesWithinYear,
        List.of());
  }

  public static NetworkCode code() {
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
  public static Scorer.Scores scores() {
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

  public static List<DataQualityRow> dataQuality() {
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
