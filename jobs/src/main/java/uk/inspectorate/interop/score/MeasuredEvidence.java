package uk.inspectorate.interop.score;

/**
 * A requirement's measure for one force, as computed from its evidence source.
 *
 * @param value the measure, or null when it has no value (no rows, or a division by zero)
 * @param rows the rows of the source behind the measure (those passing the requirement's filter)
 */
public record MeasuredEvidence(String forceCode, String requirementId, Double value, long rows) {
  public boolean present() {
    return value != null && !value.isNaN() && !value.isInfinite() && rows > 0;
  }
}
