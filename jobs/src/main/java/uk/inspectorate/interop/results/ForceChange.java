package uk.inspectorate.interop.results;

/**
 * A force's overall result against last year's.
 *
 * @param last the force's result last year, or null when it was not assessed then
 * @param difference this year's overall score less last year's, or null when not assessed then
 */
public record ForceChange(int year, LastYear.ForceResult last, Double difference) {

  /** Whether the force was assessed last year. */
  public boolean assessed() {
    return last != null;
  }

  public Double previousScore() {
    return last == null ? null : last.overallScore();
  }

  public Integer previousLevel() {
    return last == null ? null : last.level();
  }
}
