package uk.inspectorate.interop.score;

/**
 * A force's overall result.
 *
 * @param rank 1 for the highest overall score; forces with equal scores share a rank and the
 *     next rank is skipped ("1, 2, 2, 4")
 */
public record ForceScore(
    String forceCode,
    String name,
    String slug,
    String region,
    String peerGroup,
    double overallScore,
    int maturityLevel,
    String levelName,
    int rank) {
  public ForceScore {
    if (overallScore < 0 || overallScore > 1 || Double.isNaN(overallScore)) {
      throw new IllegalArgumentException("overall score of " + forceCode + " is outside [0, 1]: " + overallScore);
    }
  }
}
