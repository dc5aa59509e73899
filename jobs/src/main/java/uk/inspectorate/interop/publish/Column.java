package uk.inspectorate.interop.publish;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A column of a published table: its name (the same in Parquet, CSV and {@code query}), its type,
 * what the data dictionary says of it, and how its value is read from a row of the table.
 *
 * @param unit what its numbers count or measure, e.g. "fraction 0 to 1"; empty when not a number
 * @param allowed the values it may take, separated by " | "; empty when open
 * @param <R> the record a row of the table is made from
 */
public record Column<R>(String name, ColumnType type, String meaning, String unit, String allowed,
    Function<? super R, ?> value) {

  public Column {
    unit = unit == null ? "" : unit;
    allowed = allowed == null ? "" : allowed;
  }

  /** A column without unit or allowed values (a boolean allows true and false). */
  public static <R> Column<R> of(String name, ColumnType type, String meaning, Function<? super R, ?> value) {
    return new Column<>(name, type, meaning, "", type == ColumnType.BOOLEAN ? "true | false" : "", value);
  }

  /** The same column with its unit. */
  public Column<R> in(String unitOfMeasure) {
    return new Column<>(name, type, meaning, unitOfMeasure, allowed, value);
  }

  /** The same column limited to these values. */
  public Column<R> allowing(Collection<?> values) {
    return new Column<>(name, type, meaning, unit,
        String.join(" | ", values.stream().map(String::valueOf).toList()), value);
  }

  /** The column's value in a row, checked against its type. */
  Object valueOf(R row, String table) {
    Object v = value.apply(row);
    if (!type.holds(v)) {
      throw new IllegalStateException("Cannot publish column " + table + "." + name + ": it is declared "
          + type.key() + " but a row gives " + v.getClass().getSimpleName() + " " + v);
    }
    return v;
  }

  /** The names of the columns, in order. */
  static List<String> names(List<? extends Column<?>> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
