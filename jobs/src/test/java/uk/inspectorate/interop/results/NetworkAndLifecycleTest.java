package uk.inspectorate.interop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.results.Fixtures.ALPHA;
import static uk.inspectorate.interop.results.Fixtures.CHARLIE;
import static uk.inspectorate.interop.results.Fixtures.DELTA;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_FORCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.analysis.InteropPair;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.LifecycleRisk;

/** The network as the matrix and the headline show it, and the year ahead in quarters. */
class NetworkAndLifecycleTest {
  /** Records: Alpha with =HYPERLINK and Charlie; identity: every pair but Delta's. */
  static Results withNetwork() {
    Assessment a = Fixtures.smallAssessment();
    List<Capability> capabilities = List.of(new Capability("records", "Records", "category = 'records'", List.of("POLE")),
        new Capability("identity", "Identity", "category = 'identity'", List.of()));
    List<String> codes = List.of(ALPHA, FORMULA_FORCE, CHARLIE, DELTA);
    List<InteropPair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        String x = codes.get(i);
        String y = codes.get(j);
        boolean records = x.equals(ALPHA) && !y.equals(DELTA);
        boolean identity = !x.equals(DELTA) && !y.equals(DELTA);
        pairs.add(new InteropPair("records", x, y, records ? List.of("POLE") : List.of(), List.of(), false));
        pairs.add(new InteropPair("identity", x, y, List.of(), List.of(), identity));
      }
    }
    Network network = Network.of(capabilities, codes, pairs, Map.of("records|" + ALPHA, 3));
    return Results.of(new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(),
        a.marking(), a.provisional(), null, network));
  }

  @Test
  void theMatrixGroupsForcesByRegionThenNameAndCountsWhatEachPairShares() {
    NetworkView network = withNetwork().network();
    assertThat(network.matrixOrder()).extracting(Force::code).containsExactly(CHARLIE, FORMULA_FORCE, ALPHA, DELTA);
    assertThat(network.connected(ALPHA, FORMULA_FORCE)).isEqualTo(2);
    assertThat(network.connected(FORMULA_FORCE, ALPHA)).isEqualTo(2);
    assertThat(network.connected(CHARLIE, FORMULA_FORCE)).isEqualTo(1);
    assertThat(network.connected(ALPHA, DELTA)).isZero();
    assertThat(network.reach(ALPHA, "records")).isEqualTo(2.0 / 3);
    assertThat(network.reach(DELTA, "identity")).isZero();
    assertThat(network.reach("E23000099", "records")).isNull();
    assertThat(network.pairsPerCapability()).isEqualTo(6);
  }

  @Test
  void theHeadlineNamesTheLeastConnectedCapability() {
    Results r = withNetwork();
    assertThat(r.network().leastConnected().orElseThrow().capability().id()).isEqualTo("records");
    assertThat(r.network().mostConnected().orElseThrow().capability().id()).isEqualTo("identity");
    assertThat(r.headlines()).contains("33% of pairs of forces can exchange data on Records, the least connected"
        + " capability (1 force exchanges with none), against 50% on Identity.");
    assertThat(r.force(ALPHA).reach()).extracting(c -> c.capability().id() + " " + c.reach().systems() + " "
        + c.reach().reachable()).containsExactly("records 3 2", "identity 0 2");
  }

  @Test
  void theYearAheadIsCountedByQuarterAndCategory() {
    LifecycleOutlook outlook = Results.of(Fixtures.withHistory()).lifecycle();
    assertThat(outlook.periods()).containsExactly(LifecycleOutlook.ALREADY_OUT, "Apr\u2013Jun 2025",
        "Jul\u2013Sep 2025", "Oct\u2013Dec 2025", "Jan\u2013Mar 2026");
    // two hosting and two network systems lead; the other four categories hold one each and are folded together
    assertThat(outlook.categories()).containsExactly("Hosting", "Network", "Analytics", "End user device",
        LifecycleOutlook.OTHER_CATEGORIES);
    assertThat(outlook.counts().get(0)).containsExactly(1L, 1L, 0L, 0L, 0L);
    assertThat(outlook.counts().get(1)).containsExactly(0L, 1L, 1L, 0L, 0L);
    assertThat(outlook.counts().get(4)).containsExactly(0L, 0L, 0L, 2L, 0L);
    assertThat(outlook.alreadyOut()).isEqualTo(2);
    assertThat(outlook.passing()).isEqualTo(6);
    assertThat(Results.of(Fixtures.smallAssessment()).lifecycle().categories()).containsExactly("Systems");
  }

  @Test
  void aQuarterEndsOnItsLastDay() {
    LocalDate asOf = LocalDate.of(2025, 3, 31);
    assertThat(LifecycleOutlook.quarter(asOf, LocalDate.of(2025, 6, 30))).isEqualTo(1);
    assertThat(LifecycleOutlook.quarter(asOf, LocalDate.of(2025, 7, 1))).isEqualTo(2);
    assertThat(LifecycleOutlook.quarter(asOf, LocalDate.of(2026, 3, 31))).isEqualTo(4);
  }

  @Test
  void fiveCategoriesAreNamedWhereFoldingWouldHideOnlyOne() {
    List<LifecycleRisk> risks = List.of("a", "b", "c", "d", "e").stream()
        .map(c -> new LifecycleRisk(ALPHA, c, c, "V", "P", "1", LocalDate.of(2025, 1, 1), false, List.of())).toList();
    assertThat(LifecycleOutlook.of(risks, LocalDate.of(2025, 3, 31)).categories())
        .containsExactly("A", "B", "C", "D", "E");
  }
}
