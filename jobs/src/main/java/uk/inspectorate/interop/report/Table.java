package uk.inspectorate.interop.report;

import java.util.List;

/**
 * A published table: its name (the same in {@code data/}, {@code csv/} and {@code query}), its
 * columns and its rows. Both the Parquet and the CSV writer take their columns from here, so the
 * two cannot drift apart.
 */
public record Table(String name, String description, List<Column> columns, List<List<Object>> rows) {

  /** The types a published column may have. */
  public enum Type { STRING, INTEGER, LONG, DOUBLE, BOOLEAN, DATE }

  /**
   * A column, with what the data dictionary says of it.
   *
   * @param unit what its numbers count or measure, e.g. "fraction 0 to 1"; empty when not a number
   * @param allowed the values it may take, separated by " | "; empty when open
   */
  public record Column(String name, Type type, String meaning, String unit, String allowed) {
    public Column(String name, Type type, String meaning) {
      this(name, type, meaning, "", type == Type.BOOLEAN ? "true | false" : "");
    }

    /** The same column with its unit. */
    public Column in(String unitOfMeasure) {
      return new Column(name, type, meaning, unitOfMeasure, allowed);
    }

    /** The same column limited to these values. */
    public Column allowing(java.util.Collection<?> values) {
      return new Column(name, type, meaning, unit,
          String.join(" | ", values.stream().map(String::valueOf).toList()));
    }
  }

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("Table " + name + " has a row of " + row.size()
            + " values for " + columns.size() + " columns");
      }
    }
  }
}
