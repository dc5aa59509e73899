package uk.inspectorate.interop.score;

/**
 * A force's overall result.
 *
 * @param rank 1 for the highest overall score; forces with equal scores share a rank and the
 *     next rank is skipped ("1, 2, 2, 4")
 * @param peerMedian the median overall score of the force's peer group, the force included
 * @param gapToPeerMedian the overall score less the peer median (negative: behind its peers)
 * @param quartile the national quartile of the overall score: 1 for the top quarter of forces,
 *     4 for the bottom; a score on a boundary belongs to the higher quartile
 * @param nextYearScore the overall score a year after the as-of date if nothing changed
 * @param nextYearLevel the maturity level that score reaches
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
    int rank,
    double peerMedian,
    double gapToPeerMedian,
    int quartile,
    double nextYearScore,
    int nextYearLevel,
    String nextYearLevelName) {
  /**
   * The one order of forces every output uses: best rank first, then by name, then by code, so
   * that tied forces read in the same order everywhere.
   */
  public static final java.util.Comparator<ForceScore> ORDER = java.util.Comparator.comparingInt(ForceScore::rank)
      .thenComparing(ForceScore::name).thenComparing(ForceScore::forceCode);

  public ForceScore {
    if (overallScore < 0 || overallScore > 1 || Double.isNaN(overallScore)) {
      throw new IllegalArgumentException("overall score of " + forceCode + " is outside [0, 1]: " + overallScore);
    }
  }

  /** A force scored on its own: its own peer median, top quartile, no change a year on. */
  public ForceScore(String forceCode, String name, String slug, String region, String peerGroup, double overallScore,
      int maturityLevel, String levelName, int rank) {
    this(forceCode, name, slug, region, peerGroup, overallScore, maturityLevel, levelName, rank, overallScore, 0.0, 1,
        overallScore, maturityLevel, levelName);
  }
}
