package uk.inspectorate.interop.results;

import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.score.DomainScore;

/**
 * One force's score in one domain against its peer group, the nation and last year.
 *
 * @param score null when the force has no score record for the domain
 * @param nationalMedian the median of the domain's scores over all forces, or null when none has one
 */
public record DomainOutcome(Domain domain, DomainScore score, Double nationalMedian, Change change) {

  /** The domain score, or null when every requirement was left out. */
  public Double value() {
    return score == null ? null : score.score();
  }

  public Double peerMedian() {
    return score == null ? null : score.peerMedian();
  }

  public Double gapToPeerMedian() {
    return score == null ? null : score.gapToPeerMedian();
  }

  /** The score less the national median, or null when either is missing. */
  public Double gapToNationalMedian() {
    return value() == null || nationalMedian == null ? null : value() - nationalMedian;
  }

  public Double nextYearScore() {
    return score == null ? null : score.nextYearScore();
  }
}
