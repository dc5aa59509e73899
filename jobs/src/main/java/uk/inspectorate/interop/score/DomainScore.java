package uk.inspectorate.interop.score;

/**
 * A force's score in one domain: the weighted mean of its requirements' scores.
 *
 * @param score null when every requirement of the domain was excluded for lack of evidence
 * @param requirementsExcluded requirements left out under the {@code exclude} missing policy
 * @param peerMedian the median of the domain's scores in the force's peer group; null when none
 * @param gapToPeerMedian the score less the peer median; null when either is missing
 * @param nextYearScore the score a year after the as-of date if nothing changed
 */
public record DomainScore(String forceCode, String domainId, Double score, int requirementsScored,
    int requirementsExcluded, Double peerMedian, Double gapToPeerMedian, Double nextYearScore) {

  public DomainScore(String forceCode, String domainId, Double score, int requirementsScored, int requirementsExcluded) {
    this(forceCode, domainId, score, requirementsScored, requirementsExcluded, score, score == null ? null : 0.0, score);
  }
}
