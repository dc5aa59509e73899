package uk.inspectorate.interop.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.inspectorate.interop.analysis.InteropPair;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.ingest.Force;

/**
 * The interoperability network as the outputs show it: each capability with its national summary,
 * the forces in the order of the force-by-force matrix (by region, then name), and for each pair
 * of forces on how many capabilities they can exchange data.
 */
public final class NetworkView {
  /** A capability nationally. */
  public record CapabilityView(Capability capability, Network.Summary summary) {
    public double connectivity() {
      return summary.connectivity();
    }
  }

  private record Pair(String a, String b) {
    static Pair of(String x, String y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  private record ForceCapability(String forceCode, String capabilityId) {}

  private final Network network;
  private final List<CapabilityView> capabilities;
  private final List<Force> matrixOrder;
  private final Map<Pair, Integer> connected = new HashMap<>();
  private final Map<ForceCapability, Double> reach = new HashMap<>();

  NetworkView(Network network, List<Force> forces) {
    this.network = network;
    List<CapabilityView> views = new ArrayList<>();
    network.capabilities().forEach(c -> views.add(new CapabilityView(c, network.summary(c.id()))));
    this.capabilities = List.copyOf(views);
    this.matrixOrder = forces.stream().sorted(Comparator.comparing(Force::region).thenComparing(Force::name)).toList();
    network.reach().forEach(r -> reach.put(new ForceCapability(r.forceCode(), r.capabilityId()), r.reach()));
    for (InteropPair p : network.pairs()) {
      if (p.canExchange()) {
        connected.merge(Pair.of(p.forceA(), p.forceB()), 1, Integer::sum);
      }
    }
  }

  /** The network's pairs, reach and clusters as computed. */
  public Network network() {
    return network;
  }

  /** Whether the code names any capability. */
  public boolean isEmpty() {
    return network.capabilities().isEmpty();
  }

  public List<CapabilityView> capabilities() {
    return capabilities;
  }

  /** The forces by region, then name: the order of both axes of the force-by-force matrix. */
  public List<Force> matrixOrder() {
    return matrixOrder;
  }

  /** On how many capabilities two forces can exchange data. */
  public int connected(String forceA, String forceB) {
    return connected.getOrDefault(Pair.of(forceA, forceB), 0);
  }

  /** A force's reach on a capability, 0 to 1, or null when the network has none for it. */
  public Double reach(String forceCode, String capabilityId) {
    return reach.get(new ForceCapability(forceCode, capabilityId));
  }

  /** The capability the smallest share of pairs can exchange on (the first in the code's order when tied). */
  public Optional<CapabilityView> leastConnected() {
    return capabilities.stream().min(Comparator.comparingDouble(CapabilityView::connectivity));
  }

  /** The capability the largest share of pairs can exchange on (the first in the code's order when tied). */
  public Optional<CapabilityView> mostConnected() {
    return capabilities.stream().max(Comparator.comparingDouble(CapabilityView::connectivity));
  }

  /** How many pairs of forces a capability has: every pair once. */
  public long pairsPerCapability() {
    return capabilities.isEmpty() ? 0
        : network.pairs().stream().filter(p -> p.capabilityId().equals(capabilities.get(0).capability().id())).count();
  }
}
