package uk.inspectorate.interop.publish;

import static uk.inspectorate.interop.publish.ColumnType.BOOLEAN;
import static uk.inspectorate.interop.publish.ColumnType.DOUBLE;
import static uk.inspectorate.interop.publish.ColumnType.INTEGER;
import static uk.inspectorate.interop.publish.ColumnType.STRING;

import java.util.List;
import uk.inspectorate.interop.analysis.InteropCluster;
import uk.inspectorate.interop.analysis.InteropPair;
import uk.inspectorate.interop.analysis.InteropReach;
import uk.inspectorate.interop.results.NetworkView;
import uk.inspectorate.interop.results.NetworkView.CapabilityView;

/** The interoperability network as open data: its capabilities, every pair of forces, each force's reach, the clusters. */
final class NetworkTables {
  private NetworkTables() {}

  static Table<CapabilityView> capabilities(int year, NetworkView network) {
    return new Table<>("interop_capabilities",
        "A capability of the interoperability network, with its national connectivity", List.of(
        ResultTables.year(year),
        Column.of("capability_id", STRING, "Capability of the network code", c -> c.capability().id()),
        Column.of("title", STRING, "What the capability is", c -> c.capability().title()),
        Column.of("systems_where", STRING, "Spark SQL over the inventory choosing the systems that serve it",
            c -> c.capability().where()),
        Column.of("exchange_standards", STRING, "Exchange standards that let two forces exchange data, "
            + "space-separated; empty when only a shared platform or a declared link does",
            c -> String.join(" ", c.capability().standards())),
        Column.of("shared_platforms_count", BOOLEAN,
            "True when running the same vendor product lets two forces exchange data", c -> c.capability().platforms()),
        Column.of("pairs", INTEGER, "Pairs of forces", c -> c.summary().pairs()),
        Column.of("connected_pairs", INTEGER, "Pairs that can exchange data", c -> c.summary().connectedPairs()),
        Column.of("connectivity", DOUBLE, "connected_pairs / pairs, 0 to 1", CapabilityView::connectivity),
        Column.of("isolated_forces", INTEGER, "Forces that can exchange with no other force",
            c -> c.summary().isolatedForces()),
        Column.of("clusters", INTEGER, "Groups of two or more forces that can all exchange with one another "
            + "(maximal, see interop_clusters)", c -> c.summary().clusters())),
        network.capabilities());
  }

  static Table<InteropPair> pairs(int year, NetworkView network) {
    return new Table<>("interop_pairs", "A pair of forces on a capability: whether and how they can exchange data",
        List.of(ResultTables.year(year),
        Column.of("capability_id", STRING, "Capability of the network code", InteropPair::capabilityId),
        Column.of("force_a", STRING, "ONS code of the first force (the lower code)", InteropPair::forceA),
        Column.of("force_b", STRING, "ONS code of the second force", InteropPair::forceB),
        Column.of("can_exchange", BOOLEAN, "True when the two can exchange data on the capability: a common exchange "
            + "standard, a shared platform or a declared link", InteropPair::canExchange),
        Column.of("via", STRING, "How, e.g. 'standard POLE; platform Niche Technology Niche RMS; declared link'",
            InteropPair::via),
        Column.of("common_standards", STRING, "Exchange standards both forces' systems support, space-separated",
            p -> String.join(" ", p.commonStandards())),
        Column.of("common_platforms", STRING, "Vendor products both forces run for the capability, separated by '; '",
            p -> String.join("; ", p.commonPlatforms())),
        Column.of("declared_link", BOOLEAN, "True when either force lists the other as a sharing partner on a system "
            + "of the capability", InteropPair::declaredLink)),
        network.network().pairs());
  }

  static Table<InteropReach> reach(int year, NetworkView network) {
    return new Table<>("interop_reach",
        "A force on a capability: how many of the other forces it can exchange data with", List.of(
        ResultTables.year(year),
        Column.of("force_code", STRING, "ONS police force area code", InteropReach::forceCode),
        Column.of("capability_id", STRING, "Capability of the network code", InteropReach::capabilityId),
        Column.of("systems", INTEGER, "Inventory systems of the force that serve the capability", InteropReach::systems),
        Column.of("reachable_forces", INTEGER, "Other forces it can exchange data with on the capability",
            InteropReach::reachable),
        Column.of("other_forces", INTEGER, "Other forces assessed", InteropReach::otherForces),
        Column.of("reach", DOUBLE, "reachable_forces / other_forces, 0 to 1", InteropReach::reach)),
        network.network().reach());
  }

  static Table<InteropCluster> clusters(int year, NetworkView network) {
    return new Table<>("interop_clusters", "A group of forces that can all exchange data with one another on a "
        + "capability, and no larger group contains it", List.of(
        ResultTables.year(year),
        Column.of("capability_id", STRING, "Capability of the network code", InteropCluster::capabilityId),
        Column.of("cluster", INTEGER, "Number of the cluster within the capability, largest first",
            InteropCluster::cluster),
        Column.of("forces", INTEGER, "Forces in the cluster", c -> c.forceCodes().size()),
        Column.of("force_codes", STRING, "ONS codes of its forces, space-separated",
            c -> String.join(" ", c.forceCodes()))),
        network.network().clusters());
  }
}
