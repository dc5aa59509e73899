package uk.inspectorate.interop.publish;

import static uk.inspectorate.interop.publish.ColumnType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.results.Comparison;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.Status;

/**
 * The open data tables of an assessment, in the order they are published, with what the data
 * dictionary says of every column: one definition of each column's unit and allowed values by its
 * name, for every table that has it, with the values the code allows (its levels, domains,
 * requirements and capabilities).
 */
public final class PublishedTables {
  private PublishedTables() {}

  /** Every table of the year, each column described. */
  public static List<Table<?>> of(Results r) {
    NetworkCode code = r.code();
    List<Table<?>> tables = new ArrayList<>();
    tables.add(described(ResultTables.forceScores(r), code));
    tables.add(described(ResultTables.domainScores(r), code));
    tables.add(described(ResultTables.requirementResults(r), code));
    tables.add(described(YearTables.dataQuality(r.year(), r.dataQuality()), code));
    tables.add(described(YearTables.lifecycleRisks(r.year(), r.lifecycleRisks()), code));
    tables.add(described(NetworkTables.capabilities(r.year(), r.network()), code));
    tables.add(described(NetworkTables.pairs(r.year(), r.network()), code));
    tables.add(described(NetworkTables.reach(r.year(), r.network()), code));
    tables.add(described(NetworkTables.clusters(r.year(), r.network()), code));
    tables.add(described(YearTables.codeRequirements(r.year(), code), code));
    return tables;
  }

  private static <R> Table<R> described(Table<R> table, NetworkCode code) {
    return table.described(c -> describe(code, c));
  }

  /** A column's unit and allowed values, by its name. */
  static <R> Column<R> describe(NetworkCode code, Column<R> c) {
    return switch (c.name()) {
      case "overall_score", "score", "peer_median", "next_year_score", "connectivity", "reach" -> c.in("fraction 0 to 1");
      case "gap_to_peer_median" -> c.in("fraction -1 to 1");
      case "measure_value", "next_year_measure", "self_reported" -> c.in("the requirement's unit (see its methodology)");
      case "evidence_count", "rows_read", "rows_used", "rows_rejected" -> c.in("rows");
      case "systems" -> c.in("inventory systems");
      case "requirements_scored", "requirements_excluded" -> c.in("requirements");
      case "pairs", "connected_pairs" -> c.in("pairs of forces");
      case "isolated_forces", "reachable_forces", "other_forces", "forces" -> c.in("forces");
      case "clusters" -> c.in("clusters");
      case "year" -> c.in("calendar year");
      case "status", "next_year_status" -> c.allowing(Arrays.asList(Status.values()));
      case "cross_check" -> c.allowing(Arrays.asList(CrossCheck.values()));
      case "method" -> c.allowing(Arrays.stream(ScoringMethod.values()).map(ScoringMethod::key).toList());
      case "maturity_level", "next_year_level", "previous_level" ->
          c.allowing(code.levels().stream().map(Level::level).toList());
      case "level_name", "next_year_level_name" -> c.allowing(code.levels().stream().map(Level::name).toList());
      case "quartile" -> c.allowing(List.of(1, 2, 3, 4));
      case "domain_id" -> c.allowing(code.domains().stream().map(d -> d.id()).toList());
      case "requirement_id" -> c.allowing(code.requirements().map(Requirement::id).toList());
      case "capability_id" -> c.allowing(code.capabilities().stream().map(Capability::id).toList());
      case "comparison" -> c.allowing(Arrays.stream(Comparison.values()).map(Comparison::key).toList());
      case "previous_score", "change_since_previous" -> c.in("fraction 0 to 1");
      case "support_status" -> c.allowing(List.of("out of support", "passes within the year"));
      case "input" -> c.allowing(Source.keys());
      default -> c;
    };
  }

  /** A column of a published table, for the data dictionary. */
  record Entry(Table<?> table, Column<?> column) {}

  /** The data dictionary: one row a column of each published table, with its type and meaning. */
  public static Table<Entry> dictionary(List<Table<?>> tables) {
    List<Entry> rows = new ArrayList<>();
    tables.forEach(t -> t.columns().forEach(c -> rows.add(new Entry(t, c))));
    return new Table<>("data_dictionary", "One row a column of each published table", List.of(
        Column.of("table", STRING, "Table name, the same in data/ (Parquet) and csv/", e -> e.table().name()),
        Column.of("table_description", STRING, "What one row of the table is", e -> e.table().description()),
        Column.of("column", STRING, "Column name", e -> e.column().name()),
        Column.of("type", STRING, "string, integer, long, double, boolean or date", e -> e.column().type().key()),
        Column.of("meaning", STRING, "What the column holds", e -> e.column().meaning()),
        Column.of("unit", STRING, "What a number in the column counts or measures; empty for text",
            e -> e.column().unit()),
        Column.of("allowed_values", STRING, "The values the column may take, separated by ' | '; empty when open",
            e -> e.column().allowed())), rows);
  }
}
