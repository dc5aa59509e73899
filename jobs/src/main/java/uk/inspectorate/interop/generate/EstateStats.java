package uk.inspectorate.interop.generate;

import java.time.LocalDate;

/**
 * What a force's inventory shows, counted while it is written, so that the force's survey return
 * can be answered truthfully from it, or rosily against it.
 */
final class EstateStats {
  private long records;
  private long recordsWithPole;
  private long applications;
  private long applicationsSupported;
  private boolean nepProductivity;

  void add(Asset asset, LocalDate asOf) {
    if (Catalogue.RECORDS.equals(asset.category())) {
      records++;
      recordsWithPole += asset.standards().contains("POLE") ? 1 : 0;
    }
    if (Catalogue.APPLICATION.equals(asset.assetClass())) {
      applications++;
      applicationsSupported += asset.supportedOn(asOf) ? 1 : 0;
    }
    nepProductivity |= asset.nationalLinks().contains("NEP-M365");
  }

  boolean hasRecords() {
    return records > 0;
  }

  /** Share of records systems holding POLE data; 0 when there are none. */
  double poleShare() {
    return records == 0 ? 0 : (double) recordsWithPole / records;
  }

  boolean hasApplications() {
    return applications > 0;
  }

  /** Share of applications within vendor support on the as-of date; 0 when there are none. */
  double supportedShare() {
    return applications == 0 ? 0 : (double) applicationsSupported / applications;
  }

  boolean nepProductivity() {
    return nepProductivity;
  }
}
