package uk.inspectorate.interop.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.publish.PublishedTables;
import uk.inspectorate.interop.report.chart.Charts;
import uk.inspectorate.interop.results.Assessment;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.Scorer;

/** The dashboard's pages from the small fixture, read as HTML: no browser needed. */
class DashboardTest {
  private static final String HOSTILE = "Alpha <script>window.pwned=1</script>\"><img src=x onerror=\"window.pwned=2\">";

  @Test
  void writesAnIndexMethodologyDataPageAndAPageAForce(@TempDir Path out) throws IOException {
    List<Path> pages = write(Fixtures.smallAssessment(), out);
    assertThat(pages.stream().map(p -> out.relativize(p).toString())).containsExactly(
        "dashboard/index.html", "dashboard/methodology.html", "dashboard/data.html",
        "dashboard/forces/alpha.html", "dashboard/forces/hyperlink.html", "dashboard/forces/charlie.html",
        "dashboard/forces/delta.html");
    assertThat(out.resolve("dashboard/assets/style.css")).isNotEmptyFile();
    assertThat(out.resolve("dashboard/assets/tables.js")).isNotEmptyFile();
    Document alpha = parse(out.resolve("dashboard/forces/alpha.html"));
    assertThat(alpha.selectFirst("#force-score").text()).isEqualTo("97.5%");
    assertThat(alpha.selectFirst("#force-level").text()).isEqualTo("3 Defined");
    assertThat(alpha.getElementById("req-DAT-02").select("td").eachText()).startsWith("Data standards", "\u25d1 Partial", "90.0%");
    assertThat(alpha.getElementById("req-SHR-02").select("td").get(2).text()).isEqualTo("Left out");
  }

  @Test
  void everyPageCarriesTheMarkingAndSaysProvisionalUntilFinal(@TempDir Path out) throws IOException {
    for (Path page : write(Fixtures.smallAssessment(), out.resolve("provisional"))) {
      Document html = parse(page);
      assertThat(html.select(".marking").eachText()).as(page.toString())
          .containsExactly("OFFICIAL \u2013 PROVISIONAL", "OFFICIAL \u2013 PROVISIONAL");
      assertThat(html.select(".notice").text()).startsWith("Provisional.");
      assertThat(html.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }
    Assessment a = Fixtures.assessment(false);
    Assessment sensitive = new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(),
        "OFFICIAL-SENSITIVE", false);
    for (Path page : write(sensitive, out.resolve("final"))) {
      String text = Files.readString(page);
      assertThat(text).as(page.toString()).doesNotContainIgnoringCase("provisional");
      assertThat(parse(page).select(".marking").eachText()).containsExactly("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE");
    }
  }

  @Test
  void everyLinkAndSourceStaysInsideThePublication(@TempDir Path out) throws IOException {
    List<Path> pages = write(Fixtures.smallAssessment(), out);
    for (Path page : pages) {
      Document html = parse(page);
      for (Element e : html.select("[href], [src]")) {
        String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        assertThat(target).as(page + " " + e).doesNotContain(":").doesNotStartWith("/");
        String file = target.replaceFirst("#.*$", "");
        if (!file.isEmpty()) {
          assertThat(page.getParent().resolve(file).normalize().startsWith(out)).as(page + " " + target).isTrue();
        }
      }
      assertThat(html.select("script:not([src])")).isEmpty();
      assertThat(html.select("style, [style]")).as("all style comes from the one style sheet").isEmpty();
    }
  }

  @Test
  void noInternalTextReachesAPage(@TempDir Path out) throws IOException {
    for (Path page : write(Fixtures.smallAssessment(), out)) {
      String text = Files.readString(page);
      // file names and rule counts of the data-quality table, and the source of last year's results
      assertThat(text).as(page.toString()).doesNotContain("alpha.csv", "delta.csv", "duplicate_asset", "unknown_force");
    }
  }

  @Test
  void identicalInputsGiveIdenticalPages(@TempDir Path out) throws IOException {
    List<Path> first = write(Fixtures.withPreviousYear(), out.resolve("one"));
    List<Path> second = write(Fixtures.withPreviousYear(), out.resolve("two"));
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).hasSameBinaryContentAs(first.get(i));
    }
  }

  @Test
  void textFromTheInputsIsEscapedEverywhereItAppears(@TempDir Path out) throws IOException {
    Assessment a = Fixtures.smallAssessment();
    List<ForceScore> renamed = a.scores().forces().stream().map(f -> !f.forceCode().equals(Fixtures.ALPHA) ? f
        : new ForceScore(f.forceCode(), HOSTILE, f.slug(), f.region(), f.peerGroup(), f.overallScore(), f.maturityLevel(),
            f.levelName(), f.rank())).toList();
    Assessment hostile = new Assessment(a.year(), a.asOf(), a.code(), a.forces(),
        new Scorer.Scores(a.scores().requirements(), a.scores().domains(), renamed), a.dataQuality(), a.marking(), true);
    for (Path page : write(hostile, out)) {
      Document html = parse(page);
      assertThat(html.select("img")).as(page.toString()).isEmpty();
      assertThat(html.select("script:not([src])")).as(page.toString()).isEmpty();
    }
    Document alpha = parse(out.resolve("dashboard/forces/alpha.html"));
    assertThat(alpha.selectFirst("h1").text()).isEqualTo(HOSTILE);
    assertThat(alpha.title()).startsWith(HOSTILE);
    assertThat(alpha.selectFirst("svg title").text()).contains(HOSTILE);
    Document index = parse(out.resolve("dashboard/index.html"));
    assertThat(index.select("#forces-table th a").eachText()).contains(HOSTILE);
    // a formula-like force name is plain text too
    assertThat(index.select("#forces-table th a").eachText()).contains(Fixtures.FORMULA_NAME);
  }

  @Test
  void scoresReadAsTheOpenDataPublishesThem() {
    // 0.1875 computed as 0.3125 less 0.2 over 0.6 is 0.18749999999999997 in binary; the CSV says 0.1875
    assertThat(Wording.score((0.3125 - 0.2) / 0.6)).isEqualTo("18.8%");
    assertThat(Wording.score(0.6234)).isEqualTo("62.3%");
    assertThat(Wording.pointsToTenth(-0.0004)).isEqualTo("no change");
    // a gap to a median of nothing is "level", not "no change"
    assertThat(Wording.gap(0.0004)).isEqualTo("level");
  }

  @Test
  void longDomainNamesWrapInsideTheChart() {
    String name = "Identity, access and the national authentication and authorisation services";
    List<String> lines = Bars.wrap(name);
    assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(52));
    assertThat(String.join(" ", lines)).isEqualTo(name);
  }

  private static List<Path> write(Assessment a, Path out) throws IOException {
    Files.createDirectories(out.resolve("charts"));
    Results r = Results.of(a);
    return Dashboard.write(r, PublishedTables.of(r), List.of(Charts.LEVELS), out.resolve("dashboard"));
  }

  private static Document parse(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), "UTF-8");
  }
}
