package uk.inspectorate.interop.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One inventory row as the force would export it. */
record Asset(
    String forceCode,
    String assetId,
    String assetClass,
    String category,
    String vendor,
    String product,
    String version,
    LocalDate deployedOn,
    LocalDate endOfSupport,
    String hosting,
    List<String> standards,
    List<String> nationalLinks,
    List<String> sharingPartners,
    boolean openApi,
    boolean sso,
    List<String> accreditation,
    long users,
    long annualCostGbp) {

  /** The inventory columns, in the order of the inventory contract. */
  static final List<String> HEADER = List.of(
      "force_code", "asset_id", "asset_class", "category", "vendor", "product", "version", "deployed_on",
      "end_of_support", "hosting", "standards", "national_links", "sharing_partners", "open_api", "sso",
      "accreditation", "users", "annual_cost_gbp");

  static final int ASSET_ID = HEADER.indexOf("asset_id");
  static final int ASSET_CLASS = HEADER.indexOf("asset_class");
  static final int END_OF_SUPPORT = HEADER.indexOf("end_of_support");

  Asset {
    standards = List.copyOf(standards);
    nationalLinks = List.copyOf(nationalLinks);
    sharingPartners = List.copyOf(sharingPartners);
    accreditation = List.copyOf(accreditation);
  }

  /** In support on the day: an unknown end of support counts as not supported, as the code measures it. */
  boolean supportedOn(LocalDate day) {
    return endOfSupport != null && endOfSupport.isAfter(day);
  }

  /** The row's fields as text, in {@link #HEADER} order; a mutable list so a defect can be planted. */
  List<String> toRecord() {
    List<String> values = new ArrayList<>(HEADER.size());
    values.add(forceCode);
    values.add(assetId);
    values.add(assetClass);
    values.add(category);
    values.add(vendor);
    values.add(product);
    values.add(version);
    values.add(deployedOn.toString());
    values.add(endOfSupport == null ? "" : endOfSupport.toString());
    values.add(hosting);
    values.add(String.join(";", standards));
    values.add(String.join(";", nationalLinks));
    values.add(String.join(";", sharingPartners));
    values.add(Boolean.toString(openApi));
    values.add(Boolean.toString(sso));
    values.add(String.join(";", accreditation));
    values.add(Long.toString(users));
    values.add(Long.toString(annualCostGbp));
    return values;
  }
}
