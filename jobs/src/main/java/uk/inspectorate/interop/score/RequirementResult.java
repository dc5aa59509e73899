package uk.inspectorate.interop.score;

/**
 * The result of one requirement for one force: the measure, the score in [0, 1] (null when the
 * requirement is left out of its domain), the status and a one-line reason in plain English.
 *
 * @param missingHandling for a force without evidence, how the missing policy scored it; else null
 * @param selfReported the cross-check answer's value, when the requirement has one
 * @param crossCheck null when the requirement has no cross-check
 * @param lookAhead the result a year after the as-of date, for requirements whose measure
 *     depends on it (such as systems in support); null for the others
 */
public record RequirementResult(
    String forceCode,
    String requirementId,
    String domainId,
    Double measureValue,
    Double score,
    Status status,
    long evidenceCount,
    String method,
    String parameters,
    String reason,
    String missingHandling,
    Double selfReported,
    CrossCheck crossCheck,
    LookAheadResult lookAhead) {

  public RequirementResult {
    if (score != null && (score < 0 || score > 1 || score.isNaN())) {
      throw new IllegalArgumentException("score of " + requirementId + " for " + forceCode + " is outside [0, 1]: " + score);
    }
  }

  /** A result without a look-ahead. */
  public RequirementResult(String forceCode, String requirementId, String domainId, Double measureValue, Double score,
      Status status, long evidenceCount, String method, String parameters, String reason, String missingHandling,
      Double selfReported, CrossCheck crossCheck) {
    this(forceCode, requirementId, domainId, measureValue, score, status, evidenceCount, method, parameters, reason,
        missingHandling, selfReported, crossCheck, null);
  }

  /** The score a year on: the look-ahead's where there is one, else the same as now. */
  public Double nextYearScore() {
    return lookAhead == null ? score : lookAhead.score();
  }
}
