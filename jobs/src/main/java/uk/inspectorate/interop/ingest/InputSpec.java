package uk.inspectorate.interop.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of one kind of input file, which of them a file must have, and the other header
 * names accepted for them (compared after {@link CsvLayout#normalise}).
 */
public record InputSpec(String name, List<String> columns, Set<String> required, Map<String, String> aliases) {

  public static final InputSpec INVENTORY = new InputSpec("inventory",
      List.of("force_code", "asset_id", "asset_class", "category", "vendor", "product", "version",
          "deployed_on", "end_of_support", "hosting", "standards", "national_links",
          "sharing_partners", "open_api", "sso", "accreditation", "users", "annual_cost_gbp"),
      Set.of("force_code", "asset_id", "asset_class", "category"),
      Map.ofEntries(
          Map.entry("force", "force_code"), Map.entry("pfa_code", "force_code"),
          Map.entry("force_id", "force_code"), Map.entry("asset", "asset_id"),
          Map.entry("asset_ref", "asset_id"), Map.entry("id", "asset_id"),
          Map.entry("class", "asset_class"), Map.entry("type", "asset_class"),
          Map.entry("supplier", "vendor"), Map.entry("manufacturer", "vendor"),
          Map.entry("product_name", "product"), Map.entry("system", "product"),
          Map.entry("deployed", "deployed_on"), Map.entry("go_live", "deployed_on"),
          Map.entry("end_of_life", "end_of_support"), Map.entry("eos", "end_of_support"),
          Map.entry("support_end", "end_of_support"), Map.entry("hosted", "hosting"),
          Map.entry("national_services", "national_links"), Map.entry("partners", "sharing_partners"),
          Map.entry("api", "open_api"), Map.entry("single_sign_on", "sso"),
          Map.entry("accreditations", "accreditation"), Map.entry("user_count", "users"),
          Map.entry("annual_cost", "annual_cost_gbp"), Map.entry("cost_gbp", "annual_cost_gbp")));

  public static final InputSpec RETURNS = new InputSpec("returns",
      List.of("force_code", "question_id", "answer", "comment", "respondent_role", "submitted_on"),
      Set.of("force_code", "question_id", "answer"),
      Map.of("force", "force_code", "question", "question_id", "response", "answer",
          "comments", "comment", "role", "respondent_role", "submitted", "submitted_on",
          "date", "submitted_on"));

  public static final InputSpec WORKFORCE = new InputSpec("workforce",
      List.of("force_code", "respondent_id", "role", "question_id", "answer", "submitted_on"),
      Set.of("force_code", "respondent_id", "question_id", "answer"),
      Map.of("force", "force_code", "respondent", "respondent_id", "employee_id", "respondent_id",
          "question", "question_id", "response", "answer", "submitted", "submitted_on"));

  public static final InputSpec INDICATORS = new InputSpec("indicators",
      List.of("force_code", "indicator", "value"),
      Set.of("force_code", "indicator", "value"),
      Map.of("force", "force_code", "indicator_id", "indicator", "score", "value"));

  /** The canonical column a (normalised) header name stands for, or null. */
  public String canonical(String normalisedHeader) {
    if (columns.contains(normalisedHeader)) {
      return normalisedHeader;
    }
    return aliases.get(normalisedHeader);
  }
}
