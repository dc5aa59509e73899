package uk.inspectorate.interop.score;

/**
 * The result of one requirement for one force: the measure, the score in [0, 1] (null when the
 * requirement is left out of its domain), the status and a one-line reason in plain English.
 *
 * @param missingHandling for a force without evidence, how the missing policy scored it; else null
 * @param selfReported the cross-check answer's value, when the requirement has one
 * @param crossCheck null when the requirement has no cross-check
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
    CrossCheck crossCheck) {

  public RequirementResult {
    if (score != null && (score < 0 || score > 1 || score.isNaN())) {
      throw new IllegalArgumentException("score of " + requirementId + " for " + forceCode + " is outside [0, 1]: " + score);
    }
  }
}
