package uk.inspectorate.interop.analysis;

import java.util.List;

/** Forces that can all exchange data with one another on a capability: a maximal clique of the network. */
public record InteropCluster(String capabilityId, int cluster, List<String> forceCodes) {
  public InteropCluster {
    forceCodes = List.copyOf(forceCodes);
  }
}
