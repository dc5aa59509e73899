package uk.inspectorate.interop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.inspectorate.interop.results.Fixtures.ALPHA;
import static uk.inspectorate.interop.results.Fixtures.CHARLIE;
import static uk.inspectorate.interop.results.Fixtures.DELTA;
import static uk.inspectorate.interop.results.Fixtures.FORMULA_FORCE;

import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.score.Status;

/** What one force's outputs show, worked out once from {@link Fixtures}. */
class ForceResultsTest {
  private final Results small = Results.of(Fixtures.smallAssessment());
  private final Results withLastYear = Results.of(Fixtures.withPreviousYear());

  @Test
  void tiedForcesShareARankAndSayItWhileTheOthersDoNot() {
    assertThat(small.force(FORMULA_FORCE).jointRank()).isTrue();
    assertThat(small.force(CHARLIE).jointRank()).isTrue();
    assertThat(small.force(ALPHA).jointRank()).isFalse();
    // the fixture's forces keep the quartile of a force scored on its own, 1
    assertThat(small.force(CHARLIE).sentences().headlines().get(0)).isEqualTo("Charlie Constabulary is at maturity"
        + " level 2 of 4, Developing, and ranks joint 2nd of 4 forces, in the top quarter.");
  }

  @Test
  void unmetRequirementsComeWorstFirstAndSkipWhatDoesNotApply() {
    assertThat(small.force(DELTA).unmet()).extracting(RequirementOutcome::id)
        .containsExactly("DAT-01", "DAT-02", "SHR-01");
    // =HYPERLINK: SHR-01 not met, then the partials by score
    assertThat(small.force(FORMULA_FORCE).unmet()).extracting(RequirementOutcome::id)
        .containsExactly("SHR-01", "DAT-01", "DAT-02");
    assertThat(small.force(DELTA).applicable()).isEqualTo(3);
    assertThat(small.force(DELTA).count(Status.NOT_APPLICABLE)).isEqualTo(1);
    assertThat(small.force(FORMULA_FORCE).contradicted()).extracting(RequirementOutcome::id)
        .containsExactly("DAT-01");
  }

  @Test
  void aForceStandsAgainstItsPeersAndTheNation() {
    ForceResults alpha = small.force(ALPHA);
    assertThat(alpha.nationalMedian()).isEqualTo(0.5);
    assertThat(alpha.gapToNationalMedian()).isEqualTo(0.475);
    assertThat(alpha.peers()).containsExactly("=HYPERLINK(\"x\")", "Alpha Police");
    assertThat(alpha.domain("DAT").orElseThrow().nationalMedian()).isEqualTo(0.5);
    assertThat(alpha.domain("DAT").orElseThrow().gapToNationalMedian()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(alpha.requirements()).extracting(RequirementOutcome::id)
        .containsExactly("DAT-01", "DAT-02", "SHR-01", "SHR-02");
  }

  @Test
  void changesAreShownOnlyWhereComparable() {
    ForceResults alpha = withLastYear.force(ALPHA);
    // DAT-01 had a score last year: comparable, 1.0 against 0.9
    Change dat01 = alpha.requirement("DAT-01").orElseThrow().change();
    assertThat(dat01.comparison()).isEqualTo(Comparison.COMPARABLE);
    assertThat(dat01.previous()).isEqualTo(0.9);
    assertThat(dat01.difference()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
    // SHR-01 had none: new, and its domain's requirements are not last year's, so SHR is not compared
    assertThat(alpha.requirement("SHR-01").orElseThrow().change().comparison()).isEqualTo(Comparison.NEW);
    assertThat(alpha.requirement("SHR-01").orElseThrow().sinceLastYearText()).isEqualTo("New requirement");
    Change shr = alpha.domain("SHR").orElseThrow().change();
    assertThat(shr.comparison()).isEqualTo(Comparison.REQUIREMENTS_CHANGED);
    assertThat(shr.previous()).as("last year's 0.9 is not shown beside a changed domain").isNull();
    assertThat(alpha.domain("DAT").orElseThrow().change().previous()).isEqualTo(0.7);
    assertThat(small.force(ALPHA).requirement("DAT-01").orElseThrow().change()).isEqualTo(Change.NO_LAST_YEAR);
    assertThat(small.force(ALPHA).requirement("DAT-01").orElseThrow().sinceLastYearText()).isEmpty();
  }

  @Test
  void whatIsSaidOfAForceSinceLastYearAndAYearOn() {
    ForceSentences alpha = withLastYear.force(ALPHA).sentences();
    assertThat(alpha.change()).isEqualTo("+17.5 points since 2024 (80.0%, level 2 Developing).");
    assertThat(alpha.changeText()).isEqualTo("+17.5 points");
    assertThat(alpha.outlook()).isEqualTo("If nothing changes, the force would stay at level 3 Defined by"
        + " 31 March 2026 (score 75.0%).");
    assertThat(alpha.levelAYearOn()).isEqualTo("3 Defined");
    assertThat(alpha.headlines()).contains(
        "1 system is out of support and 1 passes end of support by 31 March 2026; if nothing changes, its score a"
            + " year on falls to 75%.",
        "Since 2024 its overall score has risen 18 points (80% then); its level rose from 2, Developing, to 3,"
            + " Defined.");
    ForceSentences delta = withLastYear.force(DELTA).sentences();
    assertThat(delta.change()).isEqualTo("Not assessed in 2024.");
    assertThat(delta.changeText()).isEmpty();
    assertThat(delta.headlines()).contains("It was not assessed in 2024, so there is no change to show.");
    assertThat(small.force(ALPHA).sentences().change()).isEmpty();
    assertThat(withLastYear.force(ALPHA).risks()).extracting(r -> r.assetId()).containsExactly("A-1", "A-2");
  }

  @Test
  void aForceNotAssessedIsRefusedWithTheCodesThatAre() {
    assertThatThrownBy(() -> small.force("E23000099")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot show the results of force 'E23000099': it is not one of the 4 forces assessed in 2025;"
            + " give a force code such as E23000001");
    assertThat(small.forceName("E23000099")).isEqualTo("Unknown force");
    assertThat(small.forceName("")).isEmpty();
  }

  @Test
  void forcesByChangeSinceLastYearLargestRiseFirstThenTheNew() {
    assertThat(Results.of(Fixtures.withHistory()).byChangeSinceLastYear()).extracting(ForceResults::code)
        .containsExactly(ALPHA, CHARLIE, FORMULA_FORCE, DELTA);
    assertThat(small.byChangeSinceLastYear()).isEmpty();
  }
}
