package uk.inspectorate.interop.code;

import java.util.Arrays;
import java.util.List;

/** An evidence source: an input of the assessment year that measures are computed over. */
public enum Source {
  INVENTORY(
      "inventory",
      List.of(
          "force_code", "asset_id", "asset_class", "category", "vendor", "product", "version",
          "deployed_on", "end_of_support", "hosting", "standards", "national_links",
          "sharing_partners", "open_api", "sso", "accreditation", "users", "annual_cost_gbp")),
  RETURNS(
      "returns",
      List.of("force_code", "question_id", "answer", "value", "respondent_role", "submitted_on")),
  WORKFORCE(
      "workforce",
      List.of("force_code", "respondent", "role", "question_id", "answer", "value", "submitted_on")),
  INDICATORS("indicators", List.of("force_code", "indicator", "value"));

  /** The assessment date, a column of every source so that measures can use it. */
  public static final String AS_OF = "as_of";

  private final String key;
  private final List<String> columns;

  Source(String key, List<String> columns) {
    this.key = key;
    this.columns = columns;
  }

  /**
   * The columns a measure or filter may name, besides {@link #AS_OF}. List-valued inventory
   * columns arrive as arrays of strings, dates as dates, {@code value} as a double.
   */
  public List<String> columns() {
    return columns;
  }

  /** The name used in the code file and as the input folder's name. */
  public String key() {
    return key;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Source::key).toList();
  }
}
