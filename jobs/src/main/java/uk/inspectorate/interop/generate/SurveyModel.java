package uk.inspectorate.interop.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringRule;

/**
 * How a force answers the code's questions. A question read by a requirement is answered from the
 * force's strength in that requirement's domain, with noise; a number question is placed between
 * the requirement's goalposts, the right way round. Four questions of the sample code describe the
 * estate itself and are answered from the inventory just written: the consortium (Q04), POLE
 * records (Q10), NEP productivity sign-off (Q11) and applications in support (Q12). A rosy force
 * claims full marks on the last two whatever its inventory says, so the cross-checks have
 * contradictions to find.
 */
final class SurveyModel {
  static final String CONSORTIUM = "Q04";
  static final String POLE_RECORDS = "Q10";
  static final String NEP_PRODUCTIVITY = "Q11";
  static final String APPLICATIONS_SUPPORTED = "Q12";
  static final String OTHER_FORCES_INFORMATION = "W01";

  private static final Pattern QUESTION_FILTER = Pattern.compile("question_id\\s*=\\s*'([^']+)'");

  private static final List<String> GENERAL_COMMENTS = List.of(
      "Figure from the force's own tracker, checked by the Digital Board.",
      "Estimate; a full count is under way.",
      "As reported to the regional collaboration board.",
      "Unchanged since last year's return.",
      "Figure is a \"best estimate\", see covering letter.");

  /** Valid but awkward: a quoted field over three lines, two of them starting with a dash. */
  private static final String MULTI_LINE_COMMENT =
      "Two figures were considered:\n- records systems: complete\n- case files: in progress";

  private static final Map<String, List<String>> COMMENTS = Map.of(
      "Q06", List.of("Median taken from the vulnerability management dashboard, April to March.",
          "Excludes vendor-managed appliances."),
      "Q07", List.of("All privileged accounts on MFA; frontline rollout continues."),
      "Q08", List.of("Includes spend through the regional collaboration.",
          "+12% on last year: the regional framework now covers devices."),
      POLE_RECORDS, List.of("Legacy crime system holds older records outside the POLE model.",
          "All new records go into the platform; archive migration planned."),
      NEP_PRODUCTIVITY, List.of("Sign-off expected next quarter.",
          "Awaiting national assurance of the tenant configuration."),
      APPLICATIONS_SUPPORTED, List.of("Includes systems under extended vendor support.",
          "Some legacy databases have no vendor."));

  /** The requirement that reads each question, for its domain and goalposts. */
  private final Map<String, Requirement> readers = new HashMap<>();

  SurveyModel(NetworkCode code) {
    code.requirements().forEach(requirement -> {
      if (requirement.crossCheckQuestion() != null) {
        readers.putIfAbsent(requirement.crossCheckQuestion(), requirement);
      }
      String where = requirement.evidence().where();
      Matcher matcher = QUESTION_FILTER.matcher(where == null ? "" : where);
      while (matcher.find()) {
        readers.putIfAbsent(matcher.group(1), requirement);
      }
    });
  }

  /** The force's answer to a survey return question. */
  String answer(Question question, ForceProfile force, EstateStats estate, int year, SplittableRandom random) {
    double noise = Seeds.gaussian(random);
    String id = question.id();
    QuestionType type = question.type();
    if (id.equals(CONSORTIUM) && type == QuestionType.YES_NO) {
      return force.consortium().isPresent() ? "Yes" : "No";
    }
    if (id.equals(POLE_RECORDS) && type == QuestionType.LIKERT_0_4 && estate.hasRecords()) {
      return force.rosy() ? "4" : Long.toString(clamp(Math.round(4 * estate.poleShare() + 0.3 * noise), 0, 4));
    }
    if (id.equals(APPLICATIONS_SUPPORTED) && type == QuestionType.PERCENT && estate.hasApplications()) {
      long honest = Math.round(100 * estate.supportedShare() + 3 * noise);
      return Long.toString(force.rosy() ? 96 + random.nextInt(5) : clamp(honest, 0, 100));
    }
    double propensity = propensity(question, force, year) + (force.rosy() ? 0.12 : 0);
    if (id.equals(NEP_PRODUCTIVITY) && type == QuestionType.CHOICE
        && question.options().containsAll(List.of("not_started", "in_progress", "signed_off"))) {
      return estate.nepProductivity() ? "signed_off" : propensity > 0.35 ? "in_progress" : "not_started";
    }
    return byType(question, propensity + 0.08 * noise, random, 1);
  }

  /** One workforce respondent's answer: the force's strength plus each person's own view. */
  String workforceAnswer(Question question, ForceProfile force, int year, SplittableRandom random) {
    double propensity = propensity(question, force, year);
    if (question.id().equals(OTHER_FORCES_INFORMATION)) {
      propensity = force.strength("SHR", year) + (force.consortium().isPresent() ? 0.05 : 0)
          - (force.isolated() ? 0.15 : 0);
    }
    if (question.type() == QuestionType.YES_NO) {
      return random.nextDouble() < 0.55 + 0.45 * propensity ? "Yes" : "No";
    }
    return byType(question, propensity + 0.22 * Seeds.gaussian(random), random, 2);
  }

  /** A short comment on about one answer in five, or empty. */
  String comment(Question question, SplittableRandom random) {
    if (random.nextDouble() >= 0.2) {
      return "";
    }
    double kind = random.nextDouble();
    if (kind < 0.04) {
      return MULTI_LINE_COMMENT;
    }
    List<String> pool = COMMENTS.getOrDefault(question.id(), GENERAL_COMMENTS);
    if (kind > 0.7) {
      pool = GENERAL_COMMENTS;
    }
    return pool.get(random.nextInt(pool.size()));
  }

  private double propensity(Question question, ForceProfile force, int year) {
    Requirement reader = readers.get(question.id());
    return reader == null ? force.maturity(year) : force.strength(reader.domainId(), year);
  }

  /** An answer of the question's type for a propensity around [0, 1]; {@code spread} widens the noise. */
  private String byType(Question question, double propensity, SplittableRandom random, double spread) {
    double p = ForceProfile.clamp(propensity, 0, 1);
    return switch (question.type()) {
      case YES_NO -> p > 0.38 ? "Yes" : "No";
      case LIKERT_0_4 -> Long.toString(clamp(Math.round(4 * p), 0, 4));
      case PERCENT -> Long.toString(clamp(Math.round(100 * (0.15 + 0.85 * p) + 4 * spread * Seeds.gaussian(random)),
          0, 100));
      case NUMBER -> number(question, p, random);
      case CHOICE -> question.options().isEmpty() ? ""
          : question.options().get((int) clamp((long) Math.floor(p * question.options().size()), 0,
              question.options().size() - 1));
    };
  }

  /** Between the reading requirement's goalposts (0 to 100 without any), lower when lower is better. */
  private String number(Question question, double p, SplittableRandom random) {
    Requirement reader = readers.get(question.id());
    ScoringRule rule = reader == null ? null : reader.scoring();
    double min = rule != null && rule.min() != null ? rule.min() : 0;
    double max = rule != null && rule.max() != null ? rule.max() : 100;
    boolean lowerIsBetter = rule != null && rule.lowerIsBetter();
    double value = lowerIsBetter ? max - p * (max - min) : min + p * (max - min);
    value += 0.08 * (max - min) * Seeds.gaussian(random);
    return Long.toString(Math.max(0, Math.round(value)));
  }

  private static long clamp(long value, long low, long high) {
    return Math.max(low, Math.min(high, value));
  }
}
