package uk.inspectorate.interop.publish;

import static uk.inspectorate.interop.publish.ColumnType.DATE;
import static uk.inspectorate.interop.publish.ColumnType.DOUBLE;
import static uk.inspectorate.interop.publish.ColumnType.LONG;
import static uk.inspectorate.interop.publish.ColumnType.STRING;

import java.util.ArrayList;
import java.util.List;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * What else a year publishes: the data quality of its inputs, the systems out of support or
 * leaving it, and the code it was assessed against (so that a later year can tell what changed).
 */
public final class YearTables {
  public static final String DATA_QUALITY = "data_quality";
  public static final String LIFECYCLE_RISKS = "lifecycle_risks";
  public static final String CODE_REQUIREMENTS = "code_requirements";

  /** A requirement of the code with its domain: a row of {@code code_requirements}. */
  record CodeEntry(NetworkCode code, Domain domain, Requirement requirement) {}

  static final Column<CodeEntry> CODE_REQUIREMENT_ID = Column.of("requirement_id", STRING,
      "Requirement of the network code", e -> e.requirement().id());
  static final Column<CodeEntry> CODE_DOMAIN_ID = Column.of("domain_id", STRING, "Domain of the requirement",
      e -> e.domain().id());
  static final Column<CodeEntry> CODE_WEIGHT = Column.of("weight", DOUBLE, "Weight of the requirement in its domain",
      e -> e.requirement().weight());

  private YearTables() {}

  /** The data-quality table, as an assessment publishes it and the validate command writes it. */
  public static Table<DataQualityRow> dataQuality(int year, List<DataQualityRow> quality) {
    return new Table<>(DATA_QUALITY, "Rows read, used and rejected per input file and force", List.of(
        ResultTables.year(year),
        Column.of("input", STRING, "Input: inventory, returns, workforce or indicators", DataQualityRow::input),
        Column.of("file", STRING, "Input file, relative to the year's folder", DataQualityRow::file),
        Column.of("force_code", STRING, "Force code as given in the file (may be unknown)", DataQualityRow::forceCode),
        Column.of("rows_read", LONG, "Rows read", DataQualityRow::rowsRead),
        Column.of("rows_used", LONG, "Rows that passed every rule", DataQualityRow::rowsUsed),
        Column.of("rows_rejected", LONG, "Rows rejected (see rejects/)", DataQualityRow::rowsRejected),
        Column.of("rejected_by_rule", STRING, "Rejected rows by rule", DataQualityRow::rejectedByRule),
        Column.of("note", STRING, "What is missing: no return received, questions answered", DataQualityRow::note)),
        quality);
  }

  static Table<LifecycleRisk> lifecycleRisks(int year, List<LifecycleRisk> risks) {
    return new Table<>(LIFECYCLE_RISKS,
        "Systems out of support at the as-of date or passing end of support within the year after it", List.of(
        ResultTables.year(year),
        Column.of("force_code", STRING, "ONS police force area code", LifecycleRisk::forceCode),
        Column.of("asset_id", STRING, "The force's identifier for the system", LifecycleRisk::assetId),
        Column.of("category", STRING, "Category of the system", LifecycleRisk::category),
        Column.of("vendor", STRING, "Vendor", LifecycleRisk::vendor),
        Column.of("product", STRING, "Product", LifecycleRisk::product),
        Column.of("version", STRING, "Version", LifecycleRisk::version),
        Column.of("end_of_support", DATE, "Date the vendor's support ends or ended", LifecycleRisk::endOfSupport),
        Column.of("support_status", STRING, "'out of support' at the as-of date, or 'passes within the year'",
            r -> r.passesWithinYear() ? "passes within the year" : "out of support"),
        Column.of("requirements_lowered", STRING, "Requirements whose score a year on it lowers, space-separated",
            r -> String.join(" ", r.requirementIds()))),
        risks);
  }

  static Table<CodeEntry> codeRequirements(int year, NetworkCode code) {
    List<CodeEntry> rows = new ArrayList<>();
    code.domains().forEach(d -> d.requirements().forEach(r -> rows.add(new CodeEntry(code, d, r))));
    return new Table<>(CODE_REQUIREMENTS, "A requirement of the network code the year was assessed against", List.of(
        ResultTables.year(year),
        Column.of("code_id", STRING, "Identifier of the network code", e -> e.code().id()),
        Column.of("code_version", STRING, "Edition of the network code", e -> e.code().version()),
        CODE_REQUIREMENT_ID,
        Column.of("title", STRING, "What the requirement asks", e -> e.requirement().title()),
        CODE_DOMAIN_ID,
        Column.of("domain_title", STRING, "Title of the domain", e -> e.domain().title()),
        Column.of("domain_weight", DOUBLE, "Weight of the domain in the overall score", e -> e.domain().weight()),
        CODE_WEIGHT,
        Column.of("source", STRING, "Evidence source: inventory, returns, workforce or indicators",
            e -> e.requirement().evidence().source().key()),
        Column.of("method", STRING, "Scoring method", e -> e.requirement().scoring().method().key()),
        Column.of("parameters", STRING, "Parameters of the scoring method", e -> e.requirement().scoring().parameters()),
        Column.of("missing", STRING, "What a force without evidence scores: not_met, exclude or peer_median",
            e -> e.requirement().missing().key()),
        Column.of("replaces", STRING, "Requirements of earlier editions it continues, space-separated",
            e -> String.join(" ", e.requirement().replaces()))),
        rows);
  }
}
