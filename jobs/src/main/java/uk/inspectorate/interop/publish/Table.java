package uk.inspectorate.interop.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A published table: its name (the same in {@code data/}, {@code csv/} and {@code query}), what a
 * row is, its typed columns and its rows. The Parquet and CSV writers and the data dictionary all
 * take the columns from here, so they cannot drift apart.
 *
 * @param <R> the record a row is made from
 */
public record Table<R>(String name, String description, List<Column<R>> columns, List<R> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The values of a row, in column order, each checked against its column's type. */
  public List<Object> values(R row) {
    List<Object> values = new ArrayList<>(columns.size());
    for (Column<R> column : columns) {
      values.add(column.valueOf(row, name));
    }
    return values;
  }

  /** The same table with each column's unit and allowed values set by {@code describe}. */
  public Table<R> described(Function<Column<R>, Column<R>> describe) {
    return new Table<>(name, description, columns.stream().map(describe).toList(), rows);
  }

  public List<String> columnNames() {
    return Column.names(columns);
  }
}
