package uk.inspectorate.interop.generate;

/**
 * Something a force adopts over time: a national service, a standard, a retirement. Each force
 * (or each asset) has a fixed threshold in [0, 1); the feature is present in a year when the
 * force's adoption level for that year, {@code base + gain * (strength - 0.5)} in the feature's
 * domain, exceeds the threshold. Because thresholds never change, next year's estate is this
 * year's with the features whose level has crossed them.
 *
 * <p>Sticky features, once adopted, stay (a retired system does not come back); the others can
 * lapse when a force's strength falls (monitoring contracts, API licences).
 */
enum Feature {
  PND_UPLOAD("SHR", 0.88, 0.5, true, true),
  SINGLE_ONLINE_HOME("SHR", 0.80, 0.8, true, true),
  CPS_DEMS("SHR", 0.70, 1.0, true, true),
  NEP_M365("INF", 0.74, 0.8, true, true),
  NEP_IAM("SEC", 0.55, 0.9, true, true),
  RMS_REPLACED("DAT", 0.10, 0.9, true, true),
  LEDS("SHR", 0.22, 1.0, true, false),
  NMC("SEC", 0.52, 1.1, false, false),
  SSO("SEC", 0.50, 0.9, false, false),
  OPEN_API("DAT", 0.45, 1.0, false, false),
  ESN_READY("INF", 0.12, 0.4, true, false),
  CLOUD_ASSURED("INF", 0.50, 1.0, true, false),
  LEGACY_RETIRED("DAT", 0.08, 1.5, true, false),
  PARTNER_LINK("SHR", 0.55, 0.9, true, false);

  final String domain;
  final double base;
  final double gain;
  final boolean sticky;
  /** Decided once for the whole force rather than asset by asset. */
  final boolean forceWide;
  final long salt;

  Feature(String domain, double base, double gain, boolean sticky, boolean forceWide) {
    this.domain = domain;
    this.base = base;
    this.gain = gain;
    this.sticky = sticky;
    this.forceWide = forceWide;
    this.salt = Seeds.of("feature:" + name());
  }
}
