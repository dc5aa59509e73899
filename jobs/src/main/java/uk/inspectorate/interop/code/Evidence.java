package uk.inspectorate.interop.code;

/**
 * Where a requirement's evidence comes from: the source table, an optional row filter and an
 * aggregate measure, both Spark SQL expressions over the source's columns; and how the measure
 * reads in a reason.
 *
 * @param where a boolean expression, or null for every row of the force
 * @param unit what the measure counts, for showing its value and thresholds
 * @param explain a sentence about the measure with placeholders {@code {value}} (in its unit),
 *     {@code {rows}} (the evidence count) and, for a share, {@code {n}} (the rows it is a share
 *     of that count): "{n} of {rows} core systems ({value}) hold POLE data"; null for the plain
 *     "measured {value} from {rows} rows"
 */
public record Evidence(Source source, String where, String measure, Unit unit, String explain) {

  public Evidence {
    unit = unit == null ? Unit.NUMBER : unit;
  }

  public Evidence(Source source, String where, String measure) {
    this(source, where, measure, Unit.NUMBER, null);
  }

  /** The placeholders an {@code explain} sentence may use. */
  public static final java.util.List<String> PLACEHOLDERS = java.util.List.of("{value}", "{rows}", "{n}");

  /** Whether the measure depends on the assessment date, so that a year later it may differ. */
  public boolean usesAsOf() {
    return SqlExpressions.namesColumn(measure, Source.AS_OF) || where != null && SqlExpressions.namesColumn(where, Source.AS_OF);
  }
}
