package uk.inspectorate.interop.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.inspectorate.interop.code.Capability;

/**
 * The interoperability network of one year: every pair of forces on every capability of the
 * code, each force's reach, and the clusters of forces that can all exchange with one another.
 * Plain records, so that reports render it without Spark.
 */
public record Network(List<Capability> capabilities, List<InteropPair> pairs, List<InteropReach> reach,
    List<InteropCluster> clusters) {

  public static final Network NONE = new Network(List.of(), List.of(), List.of(), List.of());

  public Network {
    capabilities = List.copyOf(capabilities);
    pairs = List.copyOf(pairs);
    reach = List.copyOf(reach);
    clusters = List.copyOf(clusters);
  }

  /** A network from its pairs: reach and clusters follow from them. */
  public static Network of(List<Capability> capabilities, List<String> forceCodes, List<InteropPair> pairs,
      Map<String, Integer> systems) {
    List<InteropReach> reach = new ArrayList<>();
    List<InteropCluster> clusters = new ArrayList<>();
    for (Capability c : capabilities) {
      Map<String, Set<String>> links = new HashMap<>();
      forceCodes.forEach(f -> links.put(f, new TreeSet<>()));
      for (InteropPair p : pairs) {
        if (p.capabilityId().equals(c.id()) && p.canExchange()) {
          links.get(p.forceA()).add(p.forceB());
          links.get(p.forceB()).add(p.forceA());
        }
      }
      for (String f : forceCodes) {
        reach.add(new InteropReach(f, c.id(), systems.getOrDefault(c.id() + "|" + f, 0), links.get(f).size(),
            forceCodes.size() - 1));
      }
      List<List<String>> cliques = cliques(links);
      for (int i = 0; i < cliques.size(); i++) {
        clusters.add(new InteropCluster(c.id(), i + 1, cliques.get(i)));
      }
    }
    return new Network(capabilities, pairs, reach, clusters);
  }

  /**
   * A capability nationally: its pairs of forces, how many can exchange data, the forces that can
   * exchange with none, and its clusters with the size of the largest.
   */
  public record Summary(int pairs, int connectedPairs, int isolatedForces, int clusters, int largestCluster) {
    /** The share of pairs that can exchange data, 0 to 1. */
    public double connectivity() {
      return pairs == 0 ? 0.0 : (double) connectedPairs / pairs;
    }
  }

  public Summary summary(String capabilityId) {
    List<InteropPair> of = pairs.stream().filter(p -> p.capabilityId().equals(capabilityId)).toList();
    List<InteropCluster> groups = clusters.stream().filter(c -> c.capabilityId().equals(capabilityId)).toList();
    return new Summary(of.size(), (int) of.stream().filter(InteropPair::canExchange).count(),
        (int) reach.stream().filter(r -> r.capabilityId().equals(capabilityId) && r.reachable() == 0).count(),
        groups.size(), groups.stream().mapToInt(c -> c.forceCodes().size()).max().orElse(0));
  }

  /** The share of all pairs of forces that can exchange on a capability, 0 to 1. */
  public double connectivity(String capabilityId) {
    return summary(capabilityId).connectivity();
  }

  /**
   * The maximal cliques of two or more forces (Bron-Kerbosch with pivoting), largest first, then
   * by their first force: a few dozen forces make this quick.
   */
  static List<List<String>> cliques(Map<String, Set<String>> links) {
    List<List<String>> found = new ArrayList<>();
    expand(new TreeSet<>(), new TreeSet<>(links.keySet()), new TreeSet<>(), links, found);
    found.removeIf(c -> c.size() < 2);
    found.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(c -> String.join(" ", c)));
    return found;
  }

  private static void expand(TreeSet<String> clique, TreeSet<String> candidates, TreeSet<String> excluded,
      Map<String, Set<String>> links, List<List<String>> found) {
    if (candidates.isEmpty() && excluded.isEmpty()) {
      found.add(List.copyOf(clique));
      return;
    }
    String pivot = candidates.isEmpty() ? excluded.first() : candidates.first();
    int best = -1;
    for (String u : union(candidates, excluded)) {
      int n = (int) links.get(u).stream().filter(candidates::contains).count();
      if (n > best) {
        best = n;
        pivot = u;
      }
    }
    for (String v : new ArrayList<>(candidates)) {
      if (links.get(pivot).contains(v)) {
        continue;
      }
      TreeSet<String> next = new TreeSet<>(clique);
      next.add(v);
      TreeSet<String> nextCandidates = new TreeSet<>(candidates);
      nextCandidates.retainAll(links.get(v));
      TreeSet<String> nextExcluded = new TreeSet<>(excluded);
      nextExcluded.retainAll(links.get(v));
      expand(next, nextCandidates, nextExcluded, links, found);
      candidates.remove(v);
      excluded.add(v);
    }
  }

  private static TreeSet<String> union(Set<String> a, Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
