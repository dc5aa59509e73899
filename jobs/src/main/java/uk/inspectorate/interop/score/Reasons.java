package uk.inspectorate.interop.score;

import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringRule;

/** The one-line reasons published beside each requirement result, in plain English. */
final class Reasons {
  private Reasons() {}

  static String scored(ScoringRule rule, MeasuredEvidence e, Scoring.Scored s, double observedMin, double observedMax) {
    String measured = "measured " + Scoring.number(e.value()) + " from " + e.rows() + (e.rows() == 1 ? " row" : " rows");
    return switch (rule.method()) {
      case THRESHOLD -> measured + "; met needs " + Scoring.number(rule.met()) + ", partial "
          + Scoring.number(rule.partial()) + ": " + words(s.status());
      case BOOLEAN -> measured + "; met when true (non-zero): " + words(s.status());
      case LINEAR -> {
        double lo = rule.min() != null ? rule.min() : observedMin;
        double hi = rule.max() != null ? rule.max() : observedMax;
        String bounds = rule.min() != null ? "goalposts " : "the lowest and highest forces, ";
        yield measured + "; scored " + Scoring.number(s.score()) + " on a line between " + bounds
            + Scoring.number(lo) + " and " + Scoring.number(hi) + direction(rule);
      }
      case GOALPOSTS -> measured + "; scored " + Scoring.number(s.score()) + " between goalposts "
          + Scoring.number(rule.min()) + " and " + Scoring.number(rule.max())
          + (rule.log10() ? " on a log10 scale" : "") + direction(rule);
    };
  }

  static String noEvidence(Requirement requirement, long rows) {
    return rows == 0
        ? "no " + requirement.evidence().source().key() + " rows match this requirement"
        : rows + " rows match but the measure has no value (e.g. a division by zero)";
  }

  private static String direction(ScoringRule rule) {
    return rule.lowerIsBetter() ? " (lower is better)" : "";
  }

  private static String words(Status status) {
    return switch (status) {
      case MET -> "met";
      case PARTIAL -> "partly met";
      case NOT_MET -> "not met";
      case NO_EVIDENCE -> "no evidence";
      case NOT_APPLICABLE -> "not applicable";
    };
  }
}
