package uk.inspectorate.interop.score;

/**
 * A force's score in one domain: the weighted mean of its requirements' scores.
 *
 * @param score null when every requirement of the domain was excluded for lack of evidence
 * @param requirementsExcluded requirements left out under the {@code exclude} missing policy
 */
public record DomainScore(String forceCode, String domainId, Double score, int requirementsScored,
    int requirementsExcluded) {}
