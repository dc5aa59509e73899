package uk.inspectorate.interop.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Conversions from the strings of an input to typed values, in the spellings real exports use.
 * Each returns null for a value it cannot read, never an error, so that a caller can turn
 * "present but unreadable" into a reject reason.
 */
public final class Values {
  private Values() {}

  /** The trimmed text, or null when empty. */
  public static Column text(String column) {
    return expr("nullif(trim(" + column + "), '')");
  }

  /** ISO {@code 2026-03-31}, or UK {@code 31/03/2026} and {@code 1/3/2026}. */
  public static Column date(String column) {
    Column t = trim(col(column));
    return coalesce(try_to_date(t, "yyyy-MM-dd"), try_to_date(t, "dd/MM/yyyy"), try_to_date(t, "d/M/yyyy"));
  }

  /** {@code true/false}, {@code yes/no}, {@code y/n}, {@code 1/0}, any case. */
  public static Column bool(String column) {
    Column t = lower(trim(col(column)));
    return when(t.isin("true", "yes", "y", "1"), lit(true))
        .when(t.isin("false", "no", "n", "0"), lit(false));
  }

  /** A number, allowing thousands separators, a pound sign and spaces: {@code £1,250}. */
  public static Column number(String column) {
    return regexp_replace(trim(col(column)), "[,£\\s]", "").cast(DataTypes.DoubleType);
  }

  /** A {@code ;}-separated list as an array of trimmed, non-empty strings (empty array when blank). */
  public static Column list(String column) {
    return expr("filter(transform(split(coalesce(" + column + ", ''), ';'), s -> trim(s)), s -> s != '')");
  }

  /** True when the column holds text that {@code parsed} could not read. */
  public static Column unreadable(String column, Column parsed) {
    return text(column).isNotNull().and(parsed.isNull());
  }
}
