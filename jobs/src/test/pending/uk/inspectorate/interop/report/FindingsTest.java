package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.report.Fixtures.ALPHA;
import static uk.inspectorate.interop.report.Fixtures.CHARLIE;
import static uk.inspectorate.interop.report.Fixtures.DELTA;
import static uk.inspectorate.interop.report.Fixtures.FORMULA_FORCE;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The Summary's sentences and the domain and peer-group statistics, worked out by hand from {@link Fixtures}. */
class FindingsTest {
  /** Last year: levels 2, 2, 1, 1 and overall 0.4, 0.45, 0.3, 0.1 (median 0.35). */
  static Assessment withLastYear() {
    Assessment a = Fixtures.smallAssessment();
    PreviousYear last = new PreviousYear(2024, "reports/2024",
        Map.of(ALPHA, 0.4, FORMULA_FORCE, 0.45, CHARLIE, 0.3, DELTA, 0.1),
        Map.of(ALPHA, 2, FORMULA_FORCE, 2, CHARLIE, 1, DELTA, 1),
        Map.of(1, "Initial", 2, "Developing"),
        Map.of(ALPHA + "|DAT", 0.5, FORMULA_FORCE + "|DAT", 0.4, CHARLIE + "|DAT", 0.2),
        Map.of(ALPHA + "|DAT-01", 0.5));
    return new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(), a.marking(),
        a.provisional(), last);
  }

  @Test
  void headlinesSayWhatTheNumbersSay() {
    assertThat(new Findings(Fixtures.smallAssessment()).headlines()).containsExactly(
        "1 of 4 forces reached Defined or above.",
        "The median overall score is 50%; scores run from 0% (Heddlu Delta Police) to 98% (Alpha Police).",
        "Every domain has the same median score, 50%; the lowest-scoring requirement of Data standards is "
            + "DAT-01 (core records systems hold POLE-structured data).",
        "In 1 force the self-assessment claims more than the evidence shows on at least one requirement "
            + "(1 contradiction in all), on DAT-01 (core records systems hold POLE-structured data).");
  }

  @Test
  void headlinesCompareWithLastYearWhenItIsPublished() {
    assertThat(new Findings(withLastYear()).headlines())
        .contains("1 of 4 forces reached Defined or above, up from 0 in 2024.")
        .contains("The median overall score is 50%, up 15 points on 2024 (35%); scores run from 0% (Heddlu Delta Police)"
            + " to 98% (Alpha Police).")
        // changes: Alpha +57.5, formula +5, Charlie +20, Delta -10
        .contains("3 of 4 forces improved on 2024 by more than half a point, 1 fell back; the largest rise was"
            + " Alpha Police (+58 points), the largest fall Heddlu Delta Police (\u221210 points).");
  }

  @Test
  void domainStatisticsSpanTheForces() {
    Findings.DomainStats data = new Findings(withLastYear()).domainStats().get(0);
    assertThat(data.domain().id()).isEqualTo("DAT");
    // DAT scores 0.95, 0.5, 0.5, 0: median 0.5, quartiles (interpolated) 0.375 and 0.6125
    assertThat(data.forcesScored()).isEqualTo(4);
    assertThat(data.median()).isEqualTo(0.5);
    assertThat(data.lowerQuartile()).isCloseTo(0.375, Offset.offset(1e-12));
    assertThat(data.upperQuartile()).isCloseTo(0.6125, Offset.offset(1e-12));
    assertThat(data.min()).isZero();
    assertThat(data.max()).isEqualTo(0.95);
    // last year 0.5, 0.4, 0.2 (Delta had none): median 0.4
    assertThat(data.lastYearMedian()).isEqualTo(0.4);
    assertThat(data.weakest().id()).isEqualTo("DAT-01");
  }

  @Test
  void peerGroupsCountTheirForcesAndLevels() {
    var groups = new Findings(Fixtures.smallAssessment()).peerGroupStats();
    assertThat(groups).extracting(Findings.PeerGroupStats::peerGroup)
        .containsExactly("Medium mixed", "Metropolitan and large urban", "Small mixed and urban");
    Findings.PeerGroupStats small = groups.get(2);
    assertThat(small.forces()).isEqualTo(2);
    assertThat(small.median()).isCloseTo(0.7375, Offset.offset(1e-12));
    assertThat(small.forcesByLevel()).containsEntry(2, 1L).containsEntry(3, 1L).containsEntry(1, 0L);
  }
}
