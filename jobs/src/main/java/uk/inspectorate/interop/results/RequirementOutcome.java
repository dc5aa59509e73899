package uk.inspectorate.interop.results;

import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scoring;
import uk.inspectorate.interop.score.Status;

/**
 * One force's result for one requirement, with what every output says of it: the requirement and
 * its domain, the result, its change since last year, and the question its self-assessment answers.
 *
 * @param question the cross-check question, or null when the requirement has none
 */
public record RequirementOutcome(Requirement requirement, Domain domain, RequirementResult result, Change change,
    Question question) {

  public String id() {
    return requirement.id();
  }

  public String forceCode() {
    return result.forceCode();
  }

  public Status status() {
    return result.status();
  }

  public Double score() {
    return result.score();
  }

  /** Applicable and not met in full: partly met, not met or without evidence. */
  public boolean unmet() {
    return status() != Status.MET && status() != Status.NOT_APPLICABLE;
  }

  public boolean contradicted() {
    return result.crossCheck() == CrossCheck.CONTRADICTED;
  }

  /** Whether the score a year on is lower than now. */
  public boolean fallsAYearOn() {
    Double next = result.nextYearScore();
    return score() != null && next != null && next < score() - Scoring.TOLERANCE;
  }

  /** The measure in its unit's words: "74%", "12 days"; empty when there is none. */
  public String measureText() {
    return Wording.measure(requirement, result.measureValue());
  }

  /** The self-reported answer in its question's terms; empty when there is none. */
  public String selfReportedText() {
    return result.selfReported() == null ? "" : Wording.answer(question, result.selfReported());
  }

  /** The scoring method with its parameters: "threshold: met=0.9; partial=0.5". */
  public String methodText() {
    String method = result.method() == null ? "" : result.method();
    String parameters = result.parameters() == null ? "" : result.parameters();
    return method + (parameters.isEmpty() ? "" : ": " + parameters);
  }

  /** The status and score a year on where they differ from now ("Not met (0.0%)"); else empty. */
  public String yearOnText() {
    if (result.lookAhead() == null || result.lookAhead().status() == status() && !fallsAYearOn()) {
      return "";
    }
    Double next = result.nextYearScore();
    return Wording.status(result.lookAhead().status()) + " (" + (next == null ? "left out" : Wording.score(next)) + ")";
  }

  /** The change since last year to a tenth of a point, or why it is not compared; empty without a last year. */
  public String sinceLastYearText() {
    if (!change.hasLastYear()) {
      return "";
    }
    if (change.comparison() != Comparison.COMPARABLE) {
      return change.comparison() == Comparison.NEW ? "New requirement" : "Not compared: " + change.comparison().key();
    }
    return change.difference() == null ? "" : Wording.pointsToTenth(change.difference());
  }
}
