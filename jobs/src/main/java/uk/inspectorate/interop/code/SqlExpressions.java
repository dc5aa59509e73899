package uk.inspectorate.interop.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Checks the Spark SQL expressions of a code file ({@code where} and {@code measure}) before any
 * data is read, and folds a requirement's {@code where} into its measure so that all of a
 * source's measures run in one aggregation.
 *
 * <p>Expressions are parsed with Spark's own parser (no session needed) and walked: functions must
 * be on an allow-list of built-in SQL functions, columns must be columns of the source, and
 * subqueries, window functions and table references are refused. The allow-list is deliberately
 * closed: a function Spark adds in a later release is refused until someone has looked at it.
 */
public final class SqlExpressions {

  /** Aggregate functions a measure may use; each one gets the requirement's filter. */
  public static final Set<String> AGGREGATES = new TreeSet<>(List.of(
      "any", "approx_count_distinct", "avg", "bool_and", "bool_or", "count", "count_if", "every",
      "first", "last", "max", "max_by", "mean", "median", "min", "min_by", "mode", "percentile",
      "percentile_approx", "some", "stddev", "stddev_pop", "stddev_samp", "sum", "try_avg",
      "try_sum", "var_pop", "var_samp", "variance"));

  /** Row-level functions: arithmetic, conditionals, strings, dates, arrays and casts. */
  public static final Set<String> SCALARS = new TreeSet<>(List.of(
      // conditionals and nulls
      "if", "iff", "coalesce", "ifnull", "nvl", "nvl2", "nullif", "greatest", "least", "isnull",
      "isnotnull", "nanvl",
      // arithmetic
      "abs", "round", "bround", "ceil", "ceiling", "floor", "sqrt", "cbrt", "pow", "power", "exp",
      "ln", "log", "log10", "log2", "log1p", "sign", "signum", "mod", "pmod", "try_divide",
      "try_add", "try_subtract", "try_multiply", "negative", "positive",
      // strings
      "lower", "lcase", "upper", "ucase", "trim", "ltrim", "rtrim", "btrim", "length", "len",
      "char_length", "character_length", "concat", "concat_ws", "substring", "substr", "left",
      "right", "startswith", "endswith", "contains", "replace", "split", "split_part", "lpad",
      "rpad", "instr", "locate", "position", "initcap", "regexp_like", "regexp_extract", "rlike",
      "like", "ilike",
      // dates
      "datediff", "date_diff", "date_add", "dateadd", "date_sub", "add_months", "months_between",
      "year", "month", "day", "dayofmonth", "quarter", "to_date", "make_date", "last_day",
      "try_to_date",
      // arrays
      "array", "array_contains", "arrays_overlap", "array_distinct", "array_except",
      "array_intersect", "array_union", "array_join", "array_position", "array_size", "size",
      "cardinality", "element_at", "try_element_at", "exists", "forall", "filter", "transform",
      "aggregate", "reduce",
      // casts
      "cast", "try_cast", "double", "float", "int", "bigint", "smallint", "string", "boolean",
      "date", "decimal"));

  /** Functions that reach outside SQL or make results irreproducible; named so the refusal can say why. */
  private static final Set<String> REFUSED = Set.of(
      "reflect", "java_method", "try_reflect", "raise_error", "assert_true", "input_file_name",
      "input_file_block_start", "input_file_block_length", "current_user", "session_user", "user",
      "current_database", "current_catalog", "uuid", "rand", "randn", "random", "shuffle",
      "current_date", "current_timestamp", "now", "localtimestamp", "spark_partition_id",
      "monotonically_increasing_id", "version", "url_decode", "url_encode",
      "parse_url", "from_json", "schema_of_json", "xpath", "sql_keywords", "udf");

  /**
   * The kinds of expression node a measure may contain, as Spark's parser names them. Anything
   * else (a subquery, a window, a parameter, IDENTIFIER('...') naming a function at run time) is
   * refused: a closed list, so that new syntax is refused until someone has looked at it.
   */
  private static final Set<String> NODES = Set.of(
      "UnresolvedFunction", "UnresolvedAttribute", "UnresolvedExtractValue", "Literal", "Cast",
      "Add", "Subtract", "Multiply", "Divide", "Remainder", "IntegralDivide", "UnaryMinus",
      "UnaryPositive", "And", "Or", "Not", "EqualTo", "EqualNullSafe", "GreaterThan",
      "GreaterThanOrEqual", "LessThan", "LessThanOrEqual", "In", "IsNull", "IsNotNull", "Like",
      "ILike", "RLike", "CaseWhen", "Concat", "LambdaFunction", "UnresolvedNamedLambdaVariable",
      "SortOrder", "CreateNamedStruct", "BitwiseAnd", "BitwiseOr", "BitwiseXor", "BitwiseNot");

  private SqlExpressions() {}

  /** A problem with one expression; the caller adds the place in the code file. */
  public record ExpressionProblem(String message) {}

  /** Checks a row filter: a boolean expression over the source's columns, with no aggregate. */
  public static List<ExpressionProblem> checkWhere(String where, Source source) {
    return check(where, source, false);
  }

  /** Checks a measure: an expression built from aggregates over the source's columns. */
  public static List<ExpressionProblem> checkMeasure(String measure, Source source) {
    return check(measure, source, true);
  }

  /**
   * Rewrites {@code measure} so that each aggregate call reads only the rows that pass
   * {@code where}: {@code avg(x)} becomes {@code avg(x) FILTER (WHERE (where))}, and decimal
   * literals are read as doubles. The measure must already have passed {@link #checkMeasure}.
   */
  public static String foldWhere(String measure, String where) {
    Expression root = parse(measure);
    // Insertions keyed by UTF-16 position, applied from the end so that earlier ones stay valid.
    java.util.TreeMap<Integer, String> inserts = new java.util.TreeMap<>(Comparator.reverseOrder());
    if (where != null && !where.isBlank()) {
      List<Integer> starts = new ArrayList<>();
      collectAggregateStarts(root, false, starts);
      // The line break ends a "--" comment that the where may finish with.
      starts.forEach(s -> inserts.merge(filterPosition(measure, charIndex(measure, s)),
          " FILTER (WHERE (" + where + "\n))", (a, b) -> b + a));
    }
    // Spark reads 1.0 as a decimal, and the average of decimals is rounded to a few places
    // (avg of 1.0, 0.0, 1.0 is 0.66667); a measure wants doubles, so 1.0 becomes 1.0D.
    List<int[]> decimals = new ArrayList<>();
    collectDecimalLiterals(root, decimals);
    for (int[] span : decimals) {
      int from = charIndex(measure, span[0]);
      int to = charIndex(measure, span[1]) + 1;
      if (measure.substring(from, to).matches("[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?|[0-9]+\\.")) {
        inserts.merge(to, "D", (a, b) -> b + a);
      }
    }
    StringBuilder folded = new StringBuilder(measure);
    inserts.forEach((position, text) -> folded.insert(position, text));
    return folded.toString();
  }

  /** Spark's positions count code points; Java strings count UTF-16 units. */
  private static int charIndex(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }

  private static final java.util.regex.Pattern WITHIN_GROUP =
      java.util.regex.Pattern.compile("\\s*WITHIN\\s+GROUP\\s*\\(", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Where FILTER goes in the call starting at {@code from}: after its arguments and any WITHIN GROUP (...). */
  static int filterPosition(String text, int from) {
    int end = closingParenthesis(text, from) + 1;
    var within = WITHIN_GROUP.matcher(text).region(end, text.length());
    return within.lookingAt() ? closingParenthesis(text, within.end() - 1) + 1 : end;
  }

  /**
   * The index of the ')' that closes the argument list of the function call starting at
   * {@code from}, skipping quoted text and comments; FILTER must go there, before any
   * IGNORE NULLS or WITHIN GROUP that follows.
   */
  static int closingParenthesis(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(text, i, c);
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("No closing parenthesis for the call at " + from + " in " + text);
  }

  private static int skipQuoted(String text, int start, char quote) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return text.length();
  }

  private static void collectDecimalLiterals(Expression node, List<int[]> spans) {
    if (node instanceof org.apache.spark.sql.catalyst.expressions.Literal literal
        && literal.dataType() instanceof org.apache.spark.sql.types.DecimalType
        && node.origin().startIndex().isDefined() && node.origin().stopIndex().isDefined()) {
      spans.add(new int[] {(Integer) node.origin().startIndex().get(), (Integer) node.origin().stopIndex().get()});
    }
    for (Expression child : children(node)) {
      collectDecimalLiterals(child, spans);
    }
  }

  /**
   * Checks that a measure and its filter combine into SQL that Spark parses back to the same
   * aggregates; a safety net under the text rewriting of {@link #foldWhere}.
   */
  public static List<ExpressionProblem> checkFolded(String measure, String where) {
    String folded;
    try {
      folded = foldWhere(measure, where);
      parse(folded);
      parse(evidenceCount(where));
    } catch (Exception e) {
      return List.of(new ExpressionProblem("cannot be combined with its where clause into one aggregation ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
          + "); simplify the measure or the where"));
    }
    return List.of();
  }

  /** Whether a parsed expression names {@code column} (case-insensitive). */
  public static boolean namesColumn(String text, String column) {
    return !columnSpans(parse(text), column).isEmpty();
  }

  /**
   * Rewrites every reference to the column {@code from} as {@code to}, leaving text in quotes and
   * comments alone: the look-ahead reads {@code as_of} as the date a year on.
   */
  public static String renameColumn(String text, String from, String to) {
    List<int[]> spans = columnSpans(parse(text), from);
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
    StringBuilder renamed = new StringBuilder(text);
    for (int[] span : spans) {
      renamed.replace(charIndex(text, span[0]), charIndex(text, span[1]) + 1, to);
    }
    return renamed.toString();
  }

  private static List<int[]> columnSpans(Expression root, String column) {
    List<int[]> spans = new ArrayList<>();
    collectColumnSpans(root, column, spans);
    return spans;
  }

  private static void collectColumnSpans(Expression node, String column, List<int[]> spans) {
    if (node instanceof UnresolvedAttribute a && a.nameParts().size() == 1
        && a.nameParts().head().equalsIgnoreCase(column)
        && node.origin().startIndex().isDefined() && node.origin().stopIndex().isDefined()) {
      spans.add(new int[] {(Integer) node.origin().startIndex().get(), (Integer) node.origin().stopIndex().get()});
    }
    for (Expression child : children(node)) {
      collectColumnSpans(child, column, spans);
    }
  }

  /** The expression that counts a force's rows behind a requirement's measure. */
  public static String evidenceCount(String where) {
    // The line break ends a "--" comment that the where may finish with.
    return where == null || where.isBlank() ? "count(1)" : "count_if(" + where + "\n)";
  }

  private static void collectAggregateStarts(Expression node, boolean insideAggregate, List<Integer> starts) {
    boolean aggregate = !insideAggregate && node instanceof UnresolvedFunction f && AGGREGATES.contains(name(f));
    if (aggregate) {
      starts.add((Integer) node.origin().startIndex().get());
    }
    for (Expression child : children(node)) {
      collectAggregateStarts(child, insideAggregate || aggregate, starts);
    }
  }

  private static List<ExpressionProblem> check(String text, Source source, boolean measure) {
    List<ExpressionProblem> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      problems.add(new ExpressionProblem("is empty"));
      return problems;
    }
    Expression root;
    try {
      root = parse(text);
    } catch (Exception e) { // Spark's ParseException, undeclared by Scala
      problems.add(new ExpressionProblem("does not parse as Spark SQL: " + firstLine(e) + " in \"" + text + "\""));
      return problems;
    }
    int aggregates = walk(root, source, measure, false, problems);
    if (measure && aggregates == 0 && problems.isEmpty()) {
      problems.add(new ExpressionProblem("must aggregate the force's rows, e.g. avg(...), max(...) or count_if(...); found no aggregate in \"" + text + "\""));
    }
    return problems;
  }

  /** Walks the tree, adding problems; returns the number of aggregate calls found. */
  private static int walk(Expression node, Source source, boolean measure, boolean insideAggregate,
      List<ExpressionProblem> problems) {
    String kind = node.getClass().getSimpleName();
    if (kind.contains("Subquery") || kind.equals("Exists") || kind.equals("ListQuery")) {
      problems.add(new ExpressionProblem("uses a subquery; measures may only read the source's own columns"));
      return 0;
    }
    if (kind.equals("WindowExpression")) {
      problems.add(new ExpressionProblem("uses a window function (OVER ...); measures aggregate one force's rows"));
      return 0;
    }
    if (kind.startsWith("UnresolvedStar") || kind.equals("UnresolvedRegex")) {
      problems.add(new ExpressionProblem("uses * outside count(*); name the columns"));
      return 0;
    }
    if (!NODES.contains(kind)) {
      String what = kind.equals("ExpressionWithUnresolvedIdentifier") ? "IDENTIFIER(...), which names a function or column at run time"
          : kind.endsWith("Parameter") ? "a query parameter" : "the SQL construct " + kind;
      problems.add(new ExpressionProblem("uses " + what + ", which measures may not use; write the function or column by name"));
      return 0;
    }
    int aggregates = 0;
    boolean aggregateHere = false;
    if (node instanceof UnresolvedFunction f) {
      String name = name(f);
      if (REFUSED.contains(name)) {
        problems.add(new ExpressionProblem("uses " + name + "(), which is refused: it reaches outside SQL or makes results depend on when or where they run"));
        return 0;
      }
      if (AGGREGATES.contains(name)) {
        if (!measure) {
          problems.add(new ExpressionProblem("uses the aggregate " + name + "() in a filter; a where clause tests one row"));
        } else if (insideAggregate) {
          problems.add(new ExpressionProblem("nests the aggregate " + name + "() inside another aggregate"));
        } else if (f.filter().isDefined()) {
          problems.add(new ExpressionProblem("has its own FILTER clause on " + name + "(); put the condition in the requirement's where"));
        } else if (f.isDistinct()) {
          problems.add(new ExpressionProblem("uses " + name + "(DISTINCT ...), which needs a second aggregation over the source"
              + " and breaks the one pass over it; use approx_count_distinct(...) or size(array_distinct(...)) instead"));
        }
        aggregateHere = true;
        aggregates++;
      } else if (!SCALARS.contains(name)) {
        problems.add(new ExpressionProblem("uses the function " + name + "(), which is not on the allow-list of SQL functions (aggregates, arithmetic, conditionals, strings, dates, arrays; see README)"));
      }
    } else if (node instanceof UnresolvedAttribute a) {
      List<String> parts = CollectionConverters.asJava(a.nameParts());
      String column = String.join(".", parts);
      List<String> allowed = new ArrayList<>(source.columns());
      allowed.add(Source.AS_OF);
      if (parts.size() != 1 || !allowed.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
        problems.add(new ExpressionProblem("names the column '" + column + "', which the " + source.key() + " source does not have; its columns are " + allowed));
      } else if (measure && !insideAggregate && !parts.get(0).equalsIgnoreCase(Source.AS_OF)) {
        problems.add(new ExpressionProblem("uses the column '" + column + "' outside an aggregate; wrap it, e.g. max(" + column + ")"));
      }
    }
    for (Expression child : children(node)) {
      aggregates += walk(child, source, measure, insideAggregate || aggregateHere, problems);
    }
    return aggregates;
  }

  private static Expression parse(String text) {
    return new CatalystSqlParser().parseExpression(text);
  }

  private static List<Expression> children(Expression node) {
    return CollectionConverters.asJava(node.children());
  }

  private static String name(UnresolvedFunction f) {
    List<String> parts = CollectionConverters.asJava(f.nameParts());
    return String.join(".", parts).toLowerCase(Locale.ROOT);
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    String first = message.lines().findFirst().orElse(message);
    return first.replaceAll("^\\[[A-Z_.]+\\]\\s*", "").replaceAll("\\s*SQLSTATE: \\w+", "").strip();
  }
}
