package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.ingest.Force;

class ForceProfileTest {
  private static final List<Force> FORCES = GeneratorFixtures.forces();

  @Test
  void assetPrefixesComeFromTheSlug() {
    assertThat(ForceProfile.prefix("greater-manchester")).isEqualTo("GM");
    assertThat(ForceProfile.prefix("avon-and-somerset")).isEqualTo("AS");
    assertThat(ForceProfile.prefix("city-of-london")).isEqualTo("CL");
    assertThat(ForceProfile.prefix("kent")).isEqualTo("KEN");
  }

  @Test
  void traitsDependOnTheForceCodeNotOnWhichOtherForcesAreListed() {
    Force essex = FORCES.stream().filter(f -> f.code().equals("E23000028")).findFirst().orElseThrow();
    ForceProfile alone = ForceProfile.of(essex, List.of(essex));
    ForceProfile amongAll = ForceProfile.of(essex, FORCES);

    assertThat(alone.maturity(2025)).isEqualTo(amongAll.maturity(2025));
    assertThat(alone.strength("DAT", 2026)).isEqualTo(amongAll.strength("DAT", 2026));
    assertThat(alone.trend()).isEqualTo(amongAll.trend());
    assertThat(alone.platformPartners()).isEmpty();
    assertThat(amongAll.platformPartners()).hasSize(8);
  }

  @Test
  void strengthsStayInRangeAndFollowTheTrend() {
    for (Force force : FORCES) {
      ForceProfile profile = ForceProfile.of(force, FORCES);
      for (int year = 2020; year <= 2030; year++) {
        assertThat(profile.strength("SHR", year)).isBetween(0.05, 0.97);
      }
      double change = profile.strength("SEC", 2026) - profile.strength("SEC", 2025);
      assertThat(Math.signum(change)).isIn(Math.signum(profile.trend()), 0.0);
    }
  }

  @Test
  void aFewForcesAreOnTheirWayDown() {
    long declining = FORCES.stream().filter(f -> ForceProfile.of(f, FORCES).trend() < -0.04).count();
    long improving = FORCES.stream().filter(f -> ForceProfile.of(f, FORCES).trend() > 0.02).count();

    assertThat(declining).isBetween(2L, 8L);
    assertThat(improving).isGreaterThan(FORCES.size() / 2);
  }

  @Test
  void stickyFeaturesOnceAdoptedStay() {
    for (Force force : FORCES) {
      ForceProfile profile = ForceProfile.of(force, FORCES);
      for (long slot = 0; slot < 20; slot++) {
        if (profile.has(Feature.LEGACY_RETIRED, slot, 2025)) {
          assertThat(profile.has(Feature.LEGACY_RETIRED, slot, 2026)).as("%s slot %d", force.code(), slot).isTrue();
        }
      }
    }
  }
}
