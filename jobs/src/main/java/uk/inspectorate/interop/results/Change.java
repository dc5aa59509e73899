package uk.inspectorate.interop.results;

/**
 * A score against last year's: how the two compare, and last year's score and the difference where
 * they can be compared (both scored, and {@link Comparison#COMPARABLE}).
 *
 * @param comparison null when there is no last year to compare with
 * @param previous last year's score, or null when not compared
 * @param difference this year's score less last year's, or null when not compared
 */
public record Change(Comparison comparison, Double previous, Double difference) {
  /** There is no last year. */
  public static final Change NO_LAST_YEAR = new Change(null, null, null);

  /** The change of a score, shown only where the comparison allows it. */
  static Change of(Comparison comparison, Double score, Double previous) {
    boolean compared = comparison == Comparison.COMPARABLE && score != null && previous != null;
    return new Change(comparison, compared ? previous : null, compared ? score - previous : null);
  }

  public boolean hasLastYear() {
    return comparison != null;
  }
}
