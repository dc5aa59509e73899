package uk.inspectorate.interop.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A product a force can run, with its releases in order. A release either has a published end
 * of support (Microsoft's fixed dates) or is supported for {@code supportYears} from the day the
 * force deployed it (most line-of-business contracts).
 */
record ProductLine(
    String vendor,
    String product,
    String category,
    String assetClass,
    String hosting,
    int supportYears,
    List<Release> releases,
    Set<Capability> capabilities) {

  /** What a product can do, which decides the standards and links an asset of it may carry. */
  enum Capability {
    /** Holds person, object, location and event (POLE) structured records. */
    POLE,
    /** Can expose an open, documented REST API and take single sign-on. */
    API,
    /** Old interfaces only (file drops, SOAP): no open API, no single sign-on. */
    LEGACY,
    /** Can be moved to a vendor-hosted private cloud. */
    CLOUD_READY,
    /** A TETRA handset or vehicle set on Airwave. */
    TETRA,
    /** Ready for the Emergency Services Network. */
    ESN_READY,
    /** Software as a service: one version, support renewed with the contract. */
    EVERGREEN
  }

  /** One release: {@code endOfSupport} is null when support runs from the deployment date. */
  record Release(String version, LocalDate available, LocalDate endOfSupport) {}

  ProductLine {
    releases = List.copyOf(releases);
    capabilities = capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities);
  }

  /**
   * Builds a line from releases written {@code version@available} or
   * {@code version@available!endOfSupport}, separated by {@code |}.
   */
  static ProductLine of(String vendor, String product, String category, String assetClass, String hosting,
      int supportYears, String releases, Capability... capabilities) {
    List<Release> parsed = new ArrayList<>();
    for (String part : releases.split("\\|")) {
      String[] versionRest = part.strip().split("@", 2);
      String[] dates = versionRest[1].split("!", 2);
      parsed.add(new Release(versionRest[0], LocalDate.parse(dates[0]),
          dates.length > 1 ? LocalDate.parse(dates[1]) : null));
    }
    return new ProductLine(vendor, product, category, assetClass, hosting, supportYears, parsed,
        capabilities.length == 0 ? Set.of() : EnumSet.of(capabilities[0], capabilities));
  }

  boolean has(Capability capability) {
    return capabilities.contains(capability);
  }

  LocalDate firstAvailable() {
    return releases.get(0).available();
  }

  /** The newest release available on the day, or the first when none was yet. */
  Release releaseOn(LocalDate day) {
    Release chosen = releases.get(0);
    for (Release release : releases) {
      if (!release.available().isAfter(day)) {
        chosen = release;
      }
    }
    return chosen;
  }

  /** The release after {@code current}, if the vendor has one. */
  Optional<Release> after(Release current) {
    int index = releases.indexOf(current);
    return index + 1 < releases.size() ? Optional.of(releases.get(index + 1)) : Optional.empty();
  }

  LocalDate endOfSupport(Release release, LocalDate supportFrom) {
    return release.endOfSupport() != null ? release.endOfSupport() : supportFrom.plusYears(supportYears);
  }
}
