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

  /** A column, with what it means for the data dictionary. */
  public record Column(String name, Type type, String meaning) {}

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
