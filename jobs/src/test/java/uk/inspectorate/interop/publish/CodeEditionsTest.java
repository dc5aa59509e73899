package uk.inspectorate.interop.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.results.Assessment;
import uk.inspectorate.interop.results.Comparison;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.LastYear;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scorer;

/**
 * Change since last year across two editions of the code. Last year (the fixture's code,
 * published as tables by the real writer) had DAT-01, DAT-02, SHR-01 and SHR-02. This year's
 * edition renames DAT-02 to DAT-02B (replaces: DAT-02, same method), doubles DAT-01's weight, and
 * swaps SHR-02 for a new SHR-03.
 */
class CodeEditionsTest {
  @TempDir
  static Path reports;

  static Results thisYear;

  @BeforeAll
  static void publishLastYearThenAssessTheNewEdition() throws IOException {
    Assessment last = Fixtures.assessment(false);
    for (Table<?> table : PublishedTables.of(Results.of(last))) {
      CsvTables.write(table, reports.resolve("2025/csv/" + table.name() + ".csv"));
    }
    NetworkCode edition2 = edition2(last.code());
    LastYear previous = LastYearReader.read(reports.resolve("2025"), 2025, edition2, "reports/2025").orElseThrow();
    List<RequirementResult> results = new ArrayList<>();
    for (RequirementResult r : last.scores().requirements()) {
      String id = Map.of("DAT-02", "DAT-02B", "SHR-02", "SHR-03").getOrDefault(r.requirementId(), r.requirementId());
      results.add(new RequirementResult(r.forceCode(), id, r.domainId(), r.measureValue(), r.score(), r.status(),
          r.evidenceCount(), r.method(), r.parameters(), r.reason(), r.missingHandling(), r.selfReported(), r.crossCheck()));
    }
    thisYear = Results.of(new Assessment(2026, last.asOf().plusYears(1), edition2, last.forces(),
        new Scorer.Scores(results, last.scores().domains(), last.scores().forces()), last.dataQuality(), "OFFICIAL",
        true, previous));
  }

  static NetworkCode edition2(NetworkCode edition1) {
    List<Domain> domains = new ArrayList<>();
    for (Domain d : edition1.domains()) {
      List<Requirement> rs = new ArrayList<>();
      for (Requirement r : d.requirements()) {
        rs.add(switch (r.id()) {
          case "DAT-01" -> new Requirement(r.id(), r.title(), r.domainId(), 2, r.evidence(), r.scoring(), r.missing(),
              r.crossCheckQuestion(), r.replaces());
          case "DAT-02" -> new Requirement("DAT-02B", "Applications expose open APIs (renamed)", r.domainId(), r.weight(),
              r.evidence(), r.scoring(), r.missing(), null, List.of("DAT-02"));
          case "SHR-02" -> new Requirement("SHR-03", "A new requirement", r.domainId(), r.weight(), r.evidence(),
              r.scoring(), r.missing(), null, List.of());
          default -> r;
        });
      }
      domains.add(new Domain(d.id(), d.title(), d.weight(), rs));
    }
    return new NetworkCode(edition1.id(), "2.0", edition1.title(), edition1.aggregation(), edition1.levels(),
        edition1.questions(), domains);
  }

  @Test
  void aRenamedRequirementIsComparedWithTheOneItReplaces() {
    Map<String, Object> alpha = row("requirement_results", Fixtures.ALPHA, "DAT-02B");
    assertThat(alpha.get("comparison")).isEqualTo("comparable");
    assertThat(alpha.get("previous_score")).isEqualTo(0.9);
    assertThat((Double) alpha.get("change_since_previous")).isZero();
  }

  @Test
  void aReweightedRequirementIsComparableButItsDomainIsNot() {
    assertThat(row("requirement_results", Fixtures.ALPHA, "DAT-01").get("comparison")).isEqualTo("comparable");
    Map<String, Object> domain = row("domain_scores", Fixtures.ALPHA, "DAT");
    assertThat(domain.get("comparison")).isEqualTo("weights changed");
    assertThat(domain.get("previous_score")).as("not compared").isNull();
    assertThat(domain.get("change_since_previous")).isNull();
  }

  @Test
  void aNewRequirementIsMarkedNewAndNotCompared() {
    Map<String, Object> delta = row("requirement_results", Fixtures.CHARLIE, "SHR-03");
    assertThat(delta.get("comparison")).isEqualTo("new");
    assertThat(delta.get("previous_score")).isNull();
    assertThat(row("domain_scores", Fixtures.CHARLIE, "SHR").get("comparison")).isEqualTo("requirements changed");
  }

  @Test
  void aRequirementScoredDifferentlyIsNotCompared() {
    Requirement dat01 = thisYear.code().requirements().filter(r -> r.id().equals("DAT-01")).findFirst().orElseThrow();
    ScoringRule stricter = new ScoringRule(dat01.scoring().method(), 0.95, 0.5, null, null, false, false);
    Requirement changed = new Requirement("DAT-01", dat01.title(), "DAT", 1, dat01.evidence(), stricter, dat01.missing(),
        null, List.of());
    assertThat(thisYear.lastYear().orElseThrow().comparison(changed)).isEqualTo(Comparison.METHOD_CHANGED);
  }

  @Test
  void theLastEditionIsPublishedForTheNextYearToCompareWith() {
    Map<String, Object> dat01 = row("code_requirements", null, "DAT-01");
    assertThat(dat01.get("code_version")).isEqualTo("2.0");
    assertThat(dat01.get("weight")).isEqualTo(2.0);
    assertThat(row("code_requirements", null, "DAT-02B").get("replaces")).isEqualTo("DAT-02");
  }

  /** A row of a published table as column to value, by force (when the table has one) and id. */
  private static Map<String, Object> row(String table, String force, String id) {
    return rowOf(PublishedTables.of(thisYear).stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow(),
        force, id, table);
  }

  private static <R> Map<String, Object> rowOf(Table<R> t, String force, String id, String table) {
    List<String> names = t.columnNames();
    int idColumn = names.contains("requirement_id") ? names.indexOf("requirement_id") : names.indexOf("domain_id");
    for (List<Object> values : t.rows().stream().map(t::values).toList()) {
      if ((force == null || values.get(names.indexOf("force_code")).equals(force)) && values.get(idColumn).equals(id)) {
        Map<String, Object> row = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
          row.put(names.get(i), values.get(i));
        }
        return row;
      }
    }
    throw new AssertionError("no row " + force + " " + id + " in " + table);
  }
}
