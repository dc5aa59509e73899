package uk.inspectorate.interop.analysis;

/**
 * A force's reach on one capability: how many of the other forces it can exchange data with.
 *
 * @param systems the force's inventory systems that serve the capability
 */
public record InteropReach(String forceCode, String capabilityId, int systems, int reachable, int otherForces) {
  /** The share of the other forces it can exchange with, 0 to 1. */
  public double reach() {
    return otherForces == 0 ? 0.0 : (double) reachable / otherForces;
  }
}
