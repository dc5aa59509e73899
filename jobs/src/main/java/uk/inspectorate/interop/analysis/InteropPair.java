package uk.inspectorate.interop.analysis;

import java.util.List;

/**
 * Whether two forces can exchange data on one capability, and how: the exchange standards both
 * support, the platforms both run, and whether either declares the other a sharing partner.
 * {@code forceA} sorts before {@code forceB}; every pair of forces appears once a capability.
 */
public record InteropPair(String capabilityId, String forceA, String forceB, List<String> commonStandards,
    List<String> commonPlatforms, boolean declaredLink) {

  public InteropPair {
    commonStandards = List.copyOf(commonStandards);
    commonPlatforms = List.copyOf(commonPlatforms);
  }

  public boolean canExchange() {
    return !commonStandards.isEmpty() || !commonPlatforms.isEmpty() || declaredLink;
  }

  /** How they can exchange, in words: "standard POLE; platform Niche Technology Niche RMS; declared link". */
  public String via() {
    List<String> ways = new java.util.ArrayList<>();
    commonStandards.forEach(s -> ways.add("standard " + s));
    commonPlatforms.forEach(p -> ways.add("platform " + p));
    if (declaredLink) {
      ways.add("declared link");
    }
    return String.join("; ", ways);
  }
}
