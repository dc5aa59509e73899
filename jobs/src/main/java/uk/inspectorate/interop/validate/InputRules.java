package uk.inspectorate.interop.validate;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.ingest.InputReader;

/**
 * The row rules of each input, and the typed columns each becomes. The output of every method
 * keeps all rows: typed evidence columns, {@code _file}, {@code _record}, and the reject columns
 * of {@link Validation}. Columns that name a respondent are pseudonymised here, before anything
 * is staged or written.
 */
public final class InputRules {
  public static final List<String> ASSET_CLASSES = List.of("application", "device", "infrastructure", "service");
  public static final List<String> HOSTING = List.of("on_premises", "private_cloud", "public_cloud", "national");

  private InputRules() {}

  /** Dates outside these years are typing mistakes, not systems (e.g. 2206 for 2026). */
  static final int EARLIEST_YEAR = 1970;
  static final int LATEST_YEAR = 2100;

  /** The technology inventory: one row an asset, as at {@code asOf}. */
  public static Dataset<Row> inventory(Dataset<Row> raw, List<String> forceCodes, java.time.LocalDate asOf) {
    List<RowRule> rules = List.of(
        Validation.unclosedQuote(),
        Validation.malformed(),
        Validation.decodable(uk.inspectorate.interop.ingest.InputSpec.INVENTORY.columns()),
        Validation.knownForce(forceCodes),
        Validation.required("asset_id"),
        Validation.oneOf("asset_class", ASSET_CLASSES, true),
        Validation.required("category"),
        Validation.oneOf("hosting", HOSTING, false),
        Validation.readable("deployed_on", Values.date("deployed_on"), "a date (yyyy-MM-dd or dd/MM/yyyy)"),
        Validation.readable("end_of_support", Values.date("end_of_support"), "a date (yyyy-MM-dd or dd/MM/yyyy)"),
        Validation.readable("open_api", Values.bool("open_api"), "true or false (or yes/no)"),
        Validation.readable("sso", Values.bool("sso"), "true or false (or yes/no)"),
        Validation.readable("users", Values.number("users"), "a number"),
        Validation.readable("annual_cost_gbp", Values.number("annual_cost_gbp"), "a number"),
        Validation.yearBetween("deployed_on", Values.date("deployed_on"), EARLIEST_YEAR, LATEST_YEAR),
        Validation.yearBetween("end_of_support", Values.date("end_of_support"), EARLIEST_YEAR, LATEST_YEAR),
        new RowRule("deployed_after_as_of", Values.date("deployed_on").gt(lit(java.sql.Date.valueOf(asOf))),
            concat(lit("deployed_on "), Values.date("deployed_on").cast(DataTypes.StringType),
                lit(" is after the as-of date " + asOf + ": the asset was not in service then"))));
    Dataset<Row> checked = Validation.apply(raw, rules, new Validation.UniqueKey("duplicate_asset",
        "the same asset_id appears earlier for this force", List.of("force_code", "asset_id")));
    return checked.select(
        Values.text("force_code").as("force_code"),
        Values.text("asset_id").as("asset_id"),
        lower(Values.text("asset_class")).as("asset_class"),
        lower(Values.text("category")).as("category"),
        Values.text("vendor").as("vendor"),
        Values.text("product").as("product"),
        Values.text("version").as("version"),
        Values.date("deployed_on").as("deployed_on"),
        Values.date("end_of_support").as("end_of_support"),
        lower(Values.text("hosting")).as("hosting"),
        Values.list("standards").as("standards"),
        Values.list("national_links").as("national_links"),
        Values.list("sharing_partners").as("sharing_partners"),
        Values.bool("open_api").as("open_api"),
        Values.bool("sso").as("sso"),
        Values.list("accreditation").as("accreditation"),
        Values.number("users").cast(DataTypes.LongType).as("users"),
        Values.number("annual_cost_gbp").as("annual_cost_gbp"),
        col("_file"), col("_record"), col(Validation.REJECT_RULE), col(Validation.REJECT_REASON));
  }

  /** Survey returns in long form: one row an answer to a question of the code. */
  public static Dataset<Row> returns(SparkSession spark, Dataset<Row> raw, List<String> forceCodes, NetworkCode code) {
    Dataset<Row> withQuestions = withQuestion(spark, raw, code);
    List<RowRule> rules = List.of(
        new RowRule("wrong_return", col(InputReader.RETURN_PROBLEM).isNotNull(), col(InputReader.RETURN_PROBLEM)),
        Validation.unclosedQuote(),
        Validation.malformed(),
        Validation.knownForce(forceCodes),
        unknownQuestion(code),
        wrongSurvey(Question.Audience.FORCE),
        Validation.required("answer"),
        answerReadable());
    Dataset<Row> checked = Validation.apply(withQuestions.withColumn("value", answerValue()), rules,
        new Validation.UniqueKey("duplicate_answer", "the force answers this question earlier", List.of("force_code", "question_id")));
    return checked.select(
        Values.text("force_code").as("force_code"),
        Values.text("question_id").as("question_id"),
        Values.text("answer").as("answer"),
        col("value"),
        Values.text("comment").as("comment"),
        Values.text("respondent_role").as("respondent_role"),
        Values.date("submitted_on").as("submitted_on"),
        col("_file"), col("_record"), col(Validation.REJECT_RULE), col(Validation.REJECT_REASON));
  }

  /**
   * The workforce survey: one row a respondent's answer. {@code respondent_id} is replaced by a
   * keyed HMAC-SHA256 pseudonym, {@code respondent}; the identifier itself goes no further.
   */
  public static Dataset<Row> workforce(SparkSession spark, Dataset<Row> raw, List<String> forceCodes,
      NetworkCode code, byte[] pseudonymKey) {
    Dataset<Row> withQuestions = withQuestion(spark, raw, code);
    List<RowRule> rules = List.of(
        Validation.unclosedQuote(),
        Validation.malformed(),
        Validation.knownForce(forceCodes),
        Validation.required("respondent_id"),
        unknownQuestion(code),
        wrongSurvey(Question.Audience.WORKFORCE),
        Validation.required("answer"),
        answerReadable());
    Dataset<Row> checked = Validation.apply(withQuestions.withColumn("value", answerValue()), rules,
        new Validation.UniqueKey("duplicate_answer", "the respondent answers this question earlier",
            List.of("force_code", "respondent_id", "question_id")));
    Column pseudonym = functions.udf(new Pseudonymiser(pseudonymKey), DataTypes.StringType)
        .apply(Values.text("respondent_id"));
    return checked.select(
        Values.text("force_code").as("force_code"),
        when(Values.text("respondent_id").isNotNull(), pseudonym).as("respondent"),
        lower(Values.text("role")).as("role"),
        Values.text("question_id").as("question_id"),
        Values.text("answer").as("answer"),
        col("value"),
        Values.date("submitted_on").as("submitted_on"),
        col("_file"), col("_record"), col(Validation.REJECT_RULE), col(Validation.REJECT_REASON));
  }

  /** Pre-computed indicators: {@code force_code, indicator, value}. */
  public static Dataset<Row> indicators(Dataset<Row> raw, List<String> forceCodes) {
    List<RowRule> rules = List.of(
        Validation.unclosedQuote(),
        Validation.malformed(),
        Validation.knownForce(forceCodes),
        Validation.required("indicator"),
        Validation.required("value"),
        Validation.readable("value", Values.number("value"), "a number"));
    return Validation.apply(raw, rules, new Validation.UniqueKey("duplicate_indicator",
        "the force has this indicator earlier", List.of("force_code", "indicator"))).select(
        Values.text("force_code").as("force_code"),
        Values.text("indicator").as("indicator"),
        Values.number("value").as("value"),
        col("_file"), col("_record"), col(Validation.REJECT_RULE), col(Validation.REJECT_REASON));
  }

  /** Joins each answer to its question's type and options (a tiny broadcast table from the code). */
  private static Dataset<Row> withQuestion(SparkSession spark, Dataset<Row> raw, NetworkCode code) {
    StructType schema = new StructType()
        .add("q_id", DataTypes.StringType)
        .add("q_type", DataTypes.StringType)
        .add("q_options", DataTypes.createArrayType(DataTypes.StringType))
        .add("q_audience", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (Question q : code.questions()) {
      rows.add(RowFactory.create(q.id(), q.type().key(), q.options().stream().map(InputRules::optionKey).toArray(String[]::new),
          q.audience().key()));
    }
    Dataset<Row> questions = spark.createDataFrame(rows, schema);
    return raw.join(broadcast(questions), Values.text("question_id").equalTo(col("q_id")), "left");
  }

  private static RowRule unknownQuestion(NetworkCode code) {
    return new RowRule("unknown_question",
        Values.text("question_id").isNull().or(col("q_id").isNull()),
        when(Values.text("question_id").isNull(), lit("question_id is empty"))
            .otherwise(concat(lit("question '"), Values.text("question_id"), lit("' is not in the code " + code.label()))));
  }

  /** An option as answers are compared with it: lower case, words joined by '_'. */
  static String optionKey(String option) {
    return option.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "_");
  }

  /** An answer to a question of the other survey (a workforce question in a force return, or the reverse). */
  private static RowRule wrongSurvey(Question.Audience expected) {
    String other = expected == Question.Audience.FORCE ? "the workforce survey" : "the force's survey return";
    return new RowRule("wrong_survey",
        col("q_audience").isNotNull().and(col("q_audience").notEqual(lit(expected.key()))),
        concat(lit("question '"), col("q_id"), lit("' belongs to " + other + ", not this one")));
  }

  /** The answer as a number, by question type; null when it cannot be read. */
  private static Column answerValue() {
    Column answer = lower(trim(col("answer")));
    Column type = col("q_type");
    Column yesNo = when(answer.isin("yes", "y", "true", "1"), lit(1.0)).when(answer.isin("no", "n", "false", "0"), lit(0.0));
    // "3", "3 - Defined": the leading digit, when it is 0 to 4.
    Column likert = when(answer.rlike("^[0-4](\\s*[-:.].*)?$"), regexp_extract(answer, "^([0-4])", 1).cast(DataTypes.DoubleType));
    Column percentNumber = regexp_replace(answer, "[%\\s]", "").cast(DataTypes.DoubleType);
    Column percent = when(percentNumber.between(0, 100), percentNumber);
    Column number = regexp_replace(answer, "[,\\s]", "").cast(DataTypes.DoubleType);
    // "Signed off", "signed-off" and "signed_off" all choose the option signed_off.
    Column choicePosition = array_position(col("q_options"), regexp_replace(answer, "[\\s_-]+", "_"));
    Column choice = when(choicePosition.gt(0), choicePosition.minus(1).cast(DataTypes.DoubleType));
    return when(type.equalTo(QuestionType.YES_NO.key()), yesNo)
        .when(type.equalTo(QuestionType.LIKERT_0_4.key()), likert)
        .when(type.equalTo(QuestionType.PERCENT.key()), percent)
        .when(type.equalTo(QuestionType.NUMBER.key()), when(number.geq(0), number))
        .when(type.equalTo(QuestionType.CHOICE.key()), choice);
  }

  private static RowRule answerReadable() {
    Column expected = when(col("q_type").equalTo(QuestionType.YES_NO.key()), lit("Yes or No"))
        .when(col("q_type").equalTo(QuestionType.LIKERT_0_4.key()), lit("a whole number 0-4"))
        .when(col("q_type").equalTo(QuestionType.PERCENT.key()), lit("a percentage 0-100"))
        .when(col("q_type").equalTo(QuestionType.NUMBER.key()), lit("a number of 0 or more"))
        .otherwise(concat(lit("one of ["), org.apache.spark.sql.functions.array_join(col("q_options"), ", "), lit("]")));
    return new RowRule("invalid_answer",
        col("q_id").isNotNull().and(Values.text("answer").isNotNull()).and(col("value").isNull()),
        concat(lit("answer '"), trim(col("answer")), lit("' to "), col("q_id"), lit(" is not "), expected));
  }
}
