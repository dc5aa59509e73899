package uk.inspectorate.interop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.results.Fixtures.ALPHA;
import static uk.inspectorate.interop.results.Fixtures.CHARLIE;
import static uk.inspectorate.interop.results.Fixtures.DELTA;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_FORCE;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The national headlines and the domain, peer-group and level statistics, worked out by hand from {@link Fixtures}. */
class NationalTest {
  /** Last year: levels 2, 2, 1, 1 and overall 0.4, 0.45, 0.3, 0.1 (median 0.35). */
  static Results withLastYear() {
    Assessment a = Fixtures.smallAssessment();
    LastYear last = LastYear.builder(2024, "reports/2024")
        .force(ALPHA, 0.4, 2, "Developing").force(FORMULA_FORCE, 0.45, 2, "Developing")
        .force(CHARLIE, 0.3, 1, "Initial").force(DELTA, 0.1, 1, "Initial")
        .domain(ALPHA, "DAT", 0.5).domain(FORMULA_FORCE, "DAT", 0.4).domain(CHARLIE, "DAT", 0.2)
        .requirement(ALPHA, "DAT-01", 0.5)
        .build();
    return Results.of(new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(),
        a.marking(), a.provisional(), last));
  }

  @Test
  void headlinesSayWhatTheNumbersSay() {
    assertThat(Results.of(Fixtures.smallAssessment()).headlines()).containsExactly(
        "1 of 4 forces reached Defined or above.",
        "The median overall score is 50%; scores run from 0% (Heddlu Delta Police) to 98% (Alpha Police).",
        "Every domain has the same median score, 50%; the lowest-scoring requirement of Data standards is "
            + "DAT-01 (core records systems hold POLE-structured data).",
        "In 1 force the self-assessment claims more than the evidence shows on at least one requirement "
            + "(1 contradiction in all), on DAT-01 (core records systems hold POLE-structured data).");
  }

  @Test
  void headlinesCompareWithLastYear() {
    assertThat(withLastYear().headlines())
        .contains("1 of 4 forces reached Defined or above, up from 0 in 2024.")
        .contains("The median overall score is 50%, up 15 points on 2024 (35%); scores run from 0% (Heddlu Delta"
            + " Police) to 98% (Alpha Police).")
        // changes: Alpha +57.5, formula +5, Charlie +20, Delta -10
        .contains("3 of 4 forces improved on 2024 by more than half a point, 1 fell back; the largest rise was"
            + " Alpha Police (+58 points), the largest fall Heddlu Delta Police (\u221210 points).");
  }

  @Test
  void aYearWithNoFallSaysNothingOfTheLargestFall() {
    Assessment a = Fixtures.smallAssessment();
    LastYear last = LastYear.builder(2024, "test").force(ALPHA, 0.9, 3, "Defined")
        .force(FORMULA_FORCE, 0.4, 1, "Initial").build();
    Results both = Results.of(new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(),
        a.marking(), a.provisional(), last));
    assertThat(both.headlines()).contains("2 of 2 forces improved on 2024 by more than half a point, 0 fell back;"
        + " the largest rise was =HYPERLINK(\"x\") (+10 points).");
  }

  @Test
  void tiedForcesAreNamedInTheCanonicalOrder() {
    // =HYPERLINK and Charlie tie at 0.5 for second place: the first by name is named as the largest rise
    Assessment a = Fixtures.smallAssessment();
    LastYear last = LastYear.builder(2024, "test").force(FORMULA_FORCE, 0.4, 1, "Initial")
        .force(CHARLIE, 0.4, 1, "Initial").build();
    Results r = Results.of(new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(),
        a.marking(), a.provisional(), last));
    assertThat(r.forces()).extracting(ForceResults::name)
        .containsExactly("Alpha Police", "=HYPERLINK(\"x\")", "Charlie Constabulary", "Heddlu Delta Police");
    assertThat(r.headlines()).anyMatch(h -> h.contains("the largest rise was =HYPERLINK(\"x\") (+10 points)"));
  }

  @Test
  void domainStatisticsSpanTheForces() {
    National.DomainStats data = withLastYear().national().domain("DAT");
    // DAT scores 0.95, 0.5, 0.5, 0: median 0.5, quartiles (interpolated) 0.375 and 0.6125, mean 0.4875
    assertThat(data.forcesScored()).isEqualTo(4);
    assertThat(data.median()).isEqualTo(0.5);
    assertThat(data.lowerQuartile()).isCloseTo(0.375, Offset.offset(1e-12));
    assertThat(data.upperQuartile()).isCloseTo(0.6125, Offset.offset(1e-12));
    assertThat(data.mean()).isCloseTo(0.4875, Offset.offset(1e-12));
    assertThat(data.min()).isZero();
    assertThat(data.max()).isEqualTo(0.95);
    // last year 0.5, 0.4, 0.2 (Delta had none): median 0.4
    assertThat(data.lastYearMedian()).isEqualTo(0.4);
    assertThat(data.weakest().id()).isEqualTo("DAT-01");
  }

  @Test
  void peerGroupsCountTheirForcesAndLevels() {
    var groups = Results.of(Fixtures.smallAssessment()).national().peerGroups();
    assertThat(groups).extracting(National.PeerGroupStats::peerGroup)
        .containsExactly("Medium mixed", "Metropolitan and large urban", "Small mixed and urban");
    National.PeerGroupStats small = groups.get(2);
    assertThat(small.forces()).isEqualTo(2);
    assertThat(small.median()).isCloseTo(0.7375, Offset.offset(1e-12));
    assertThat(small.forcesByLevel()).containsEntry(2, 1L).containsEntry(3, 1L).containsEntry(1, 0L);
  }

  @Test
  void levelsCountNowAndLastYearIncludingLevelsNoForceReached() {
    assertThat(withLastYear().national().levels())
        .extracting(l -> l.level().name() + " " + l.forces() + " " + l.share() + " " + l.lastYear())
        .containsExactly("Initial 1 0.25 2", "Developing 2 0.5 2", "Defined 1 0.25 0", "Optimised 0 0.0 0");
    assertThat(Results.of(Fixtures.smallAssessment()).national().levels()).allMatch(l -> l.lastYear() == null);
  }
}
