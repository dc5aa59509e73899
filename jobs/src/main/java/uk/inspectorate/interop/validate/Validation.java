package uk.inspectorate.interop.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * Applies row rules to a DataFrame: adds {@code reject_rule} (the first rule the row breaks) and
 * {@code reject_reason} (every rule it breaks, with the values), both null for a usable row.
 * Rows are never dropped here; the caller splits used from rejected.
 */
public final class Validation {
  public static final String REJECT_RULE = "reject_rule";
  public static final String REJECT_REASON = "reject_reason";

  private Validation() {}

  /**
   * A key that must be unique among the usable rows: of the rows that break no other rule, all
   * but the first (by file and record) are rejected, with where the first is. Rows rejected for
   * another reason do not count, so a corrected re-entry after a bad row is kept.
   */
  public record UniqueKey(String ruleName, String what, List<String> keys) {}

  public static Dataset<Row> apply(Dataset<Row> rows, List<RowRule> rules, UniqueKey unique) {
    Column otherBroken = rules.stream().map(r -> coalesce(r.breaks(), lit(false))).reduce(Column::or).orElse(lit(false));
    Dataset<Row> marked = rows.withColumn("_other_broken", otherBroken);
    List<RowRule> all = new ArrayList<>(rules);
    Column[] keyColumns = unique.keys().stream().map(Values::text).toArray(Column[]::new);
    List<Column> partition = new ArrayList<>(java.util.Arrays.asList(keyColumns));
    partition.add(col("_other_broken"));
    WindowSpec byKey = Window.partitionBy(partition.toArray(Column[]::new)).orderBy(col("_file"), col("_record"));
    Column anyKeyNull = java.util.Arrays.stream(keyColumns).map(Column::isNull).reduce(Column::or).orElseThrow();
    Column duplicate = functions.not(col("_other_broken")).and(functions.not(anyKeyNull))
        .and(functions.row_number().over(byKey).gt(1));
    Column first = functions.first(concat(col("_file"), lit(" record "), col("_record"))).over(byKey);
    all.add(new RowRule(unique.ruleName(), duplicate, concat(lit(unique.what() + " (first at "), first, lit(")"))));
    return apply(marked, all).drop("_other_broken");
  }

  public static Dataset<Row> apply(Dataset<Row> rows, List<RowRule> rules) {
    List<Column> rulesBroken = new ArrayList<>();
    List<Column> reasons = new ArrayList<>();
    for (RowRule rule : rules) {
      Column breaks = coalesce(rule.breaks(), lit(false));
      rulesBroken.add(when(breaks, lit(rule.name())));
      reasons.add(when(breaks, rule.reason()));
    }
    return rows
        .withColumn(REJECT_RULE, coalesce(rulesBroken.toArray(Column[]::new)))
        .withColumn(REJECT_REASON, nullif(concat_ws("; ", reasons.toArray(Column[]::new)), lit("")));
  }

  /** The rule for a quote that is never closed: the record swallowed the lines after it. */
  public static final String UNCLOSED_QUOTE = "unclosed_quote";

  /**
   * A malformed record that spans lines: a quoted field was opened and not closed, so the parser
   * read the following lines into it. The rows it swallowed cannot be counted from here, so the
   * pipeline stops on it rather than lose them.
   */
  public static RowRule unclosedQuote() {
    return new RowRule(UNCLOSED_QUOTE, col("_malformed").contains("\n"),
        lit("a quoted field starting in this record is not closed, so the lines after it were read as part of it"));
  }

  /** The "malformed" rule: a record that did not split into the header's fields. */
  public static RowRule malformed() {
    return new RowRule("malformed_record", col("_malformed").isNotNull(),
        lit("the record does not split into the header's columns (an unclosed quote or a wrong number of delimiters)"));
  }

  /**
   * Text that came out of decoding with U+FFFD in it: the file's encoding was not what it seemed
   * (UTF-8 expected). The row is rejected rather than kept with garbled names.
   */
  public static RowRule decodable(List<String> columns) {
    Column any = columns.stream().map(c -> coalesce(col(c), lit("")).contains("\uFFFD")).reduce(Column::or).orElse(lit(false));
    return new RowRule("undecodable_text", any,
        lit("holds characters that could not be decoded (shown as \uFFFD); save the file as UTF-8 and send it again"));
  }

  /** The "unknown force" rule, against the force registry's codes. */
  public static RowRule knownForce(List<String> codes) {
    Column code = Values.text("force_code");
    return new RowRule("unknown_force",
        code.isNull().or(functions.not(code.isin(codes.toArray()))),
        when(code.isNull(), lit("force_code is empty"))
            .otherwise(concat(lit("force_code '"), code, lit("' is not in forces.csv"))));
  }

  /** A required text column. */
  public static RowRule required(String column) {
    return new RowRule("missing_" + column, Values.text(column).isNull(), lit(column + " is empty"));
  }

  /** A column that, when given, must be one of {@code allowed}. */
  public static RowRule oneOf(String column, List<String> allowed, boolean required) {
    Column value = functions.lower(Values.text(column));
    Column breaks = required ? value.isNull().or(functions.not(value.isin(allowed.toArray())))
        : value.isNotNull().and(functions.not(value.isin(allowed.toArray())));
    return new RowRule("invalid_" + column, breaks,
        concat(lit(column + " '"), coalesce(col(column), lit("")), lit("' is not one of " + allowed)));
  }

  /** A column that, when given, must read as {@code parsed}; {@code expected} describes it. */
  public static RowRule readable(String column, Column parsed, String expected) {
    return new RowRule("unreadable_" + column, Values.unreadable(column, parsed),
        concat(lit(column + " '"), col(column), lit("' is not " + expected)));
  }

  /** A date column whose year must lie in [{@code from}, {@code to}]. */
  public static RowRule yearBetween(String column, Column date, int from, int to) {
    Column year = functions.year(date);
    return new RowRule("implausible_" + column, date.isNotNull().and(year.lt(from).or(year.gt(to))),
        concat(lit(column + " "), date.cast(org.apache.spark.sql.types.DataTypes.StringType),
            lit(" is outside " + from + "-" + to + "; check the year")));
  }

}
