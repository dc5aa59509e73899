package uk.inspectorate.interop.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.results.Assessment;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.LifecycleOutlook;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Status;

/**
 * The pack's charts of {@link Fixtures#smallAssessment()} and {@link Fixtures#withHistory()}: the
 * numbers behind each, worked by hand from the tables in {@link Fixtures}, and the files.
 */
class ChartsPackTest {
  private static final String FORMULA = Fixtures.FORMULA_NAME;

  @TempDir
  Path dir;

  @Test
  void domainScoresSummariseEachDomainOverTheForces() {
    DefaultBoxAndWhiskerCategoryDataset data = DomainChart.data(Results.of(Fixtures.smallAssessment()));

    assertThat(data.getColumnKeys()).containsExactly("Data standards", "Information sharing");
    // DAT: 0, 0.5, 0.5, 0.95; quartiles by linear interpolation at positions 0.75, 1.5 and 2.25.
    assertThat(data.getMinRegularValue(0, 0).doubleValue()).isEqualTo(0.0);
    assertThat(data.getQ1Value(0, 0).doubleValue()).isCloseTo(0.375, within(1e-12));
    assertThat(data.getMedianValue(0, 0).doubleValue()).isCloseTo(0.5, within(1e-12));
    assertThat(data.getQ3Value(0, 0).doubleValue()).isCloseTo(0.6125, within(1e-12));
    assertThat(data.getMaxRegularValue(0, 0).doubleValue()).isEqualTo(0.95);
    assertThat(data.getMeanValue(0, 0).doubleValue()).isCloseTo(0.4875, within(1e-12));
    // SHR: 0, 0.5, 0.5, 1.
    assertThat(data.getQ1Value(0, 1).doubleValue()).isCloseTo(0.375, within(1e-12));
    assertThat(data.getQ3Value(0, 1).doubleValue()).isCloseTo(0.625, within(1e-12));
    assertThat(data.getMaxRegularValue(0, 1).doubleValue()).isEqualTo(1.0);
  }

  @Test
  void theBoxesAreTheModelsDomainStatistics() {
    Results r = Results.of(Fixtures.withHistory());
    DefaultBoxAndWhiskerCategoryDataset data = DomainChart.data(r);
    for (National.DomainStats d : r.national().domains()) {
      int column = data.getColumnIndex(d.domain().title());
      assertThat(data.getMedianValue(0, column).doubleValue()).isEqualTo(d.median());
      assertThat(data.getQ1Value(0, column).doubleValue()).isEqualTo(d.lowerQuartile());
      assertThat(data.getMeanValue(0, column).doubleValue()).isEqualTo(d.mean());
    }
  }

  @Test
  void overallScoresAreInRankOrderWithTiesByNameAndCarryThePeerMedian() {
    Assessment a = Fixtures.smallAssessment();
    // Alpha and =HYPERLINK share a peer group: its median is (0.975 + 0.5) / 2.
    List<ForceScore> forces = new ArrayList<>();
    for (ForceScore f : a.scores().forces()) {
      boolean smallUrban = f.forceCode().equals(Fixtures.ALPHA) || f.forceCode().equals(Fixtures.FORMULA_FORCE);
      double median = smallUrban ? 0.7375 : f.overallScore();
      forces.add(new ForceScore(f.forceCode(), f.name(), f.slug(), f.region(), f.peerGroup(), f.overallScore(),
          f.maturityLevel(), f.levelName(), f.rank(), median, f.overallScore() - median, 1, f.overallScore(),
          f.maturityLevel(), f.levelName()));
    }
    Assessment withPeers = new Assessment(a.year(), a.asOf(), a.code(), a.forces(),
        new Scorer.Scores(a.scores().requirements(), a.scores().domains(), forces), a.dataQuality(), a.marking(),
        a.provisional());

    DefaultCategoryDataset data = RankedChart.data(Results.of(withPeers));

    assertThat(data.getRowKeys()).containsExactly(RankedChart.OVERALL, RankedChart.PEER_MEDIAN);
    assertThat(data.getColumnKeys()).containsExactly("1 Alpha Police", "2 " + FORMULA, "2 Charlie Constabulary",
        "4 Heddlu Delta Police");
    assertThat(row(data, 0)).containsExactly(0.975, 0.5, 0.5, 0.0);
    assertThat(row(data, 1)).containsExactly(0.7375, 0.7375, 0.5, 0.0);
  }

  @Test
  void aRadarSetsTheForceAgainstItsPeersAndTheNationalMedian() {
    DefaultCategoryDataset data = RadarChart.data(Results.of(Fixtures.smallAssessment()).force(Fixtures.ALPHA));

    assertThat(data.getRowKeys()).containsExactly("Alpha Police", RadarChart.PEER_MEDIAN, RadarChart.NATIONAL_MEDIAN);
    assertThat(data.getColumnKeys()).containsExactly("Data standards", "Information sharing");
    assertThat(row(data, 0)).containsExactly(0.95, 1.0);
    assertThat(row(data, 1)).containsExactly(0.95, 1.0);
    // DAT 0, 0.5, 0.5, 0.95 and SHR 0, 0.5, 0.5, 1: both medians are 0.5.
    assertThat(row(data, 2)).containsExactly(0.5, 0.5);
  }

  @Test
  void theHeatMapHasAStatusForEveryForceAndRequirement() {
    StatusChart.Data data = StatusChart.data(Results.of(Fixtures.smallAssessment()));

    assertThat(data.forces()).containsExactly("1 Alpha Police", "2 " + FORMULA, "2 Charlie Constabulary",
        "4 Heddlu Delta Police");
    assertThat(data.requirements()).containsExactly("DAT-01", "DAT-02", "SHR-01", "SHR-02");
    assertThat(data.statuses().getItemCount(0)).isEqualTo(16);
    assertThat(data.status("1 Alpha Police", "DAT-01")).isEqualTo(Status.MET);
    assertThat(data.status("1 Alpha Police", "SHR-02")).isEqualTo(Status.NO_EVIDENCE);
    assertThat(data.status("2 " + FORMULA, "SHR-01")).isEqualTo(Status.NOT_MET);
    assertThat(data.status("2 Charlie Constabulary", "DAT-02")).isEqualTo(Status.PARTIAL);
    assertThat(data.status("4 Heddlu Delta Police", "SHR-02")).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void yearOnYearIsOnlyDrawnWithAPreviousYear() {
    assertThat(ChangeChart.data(Results.of(Fixtures.smallAssessment()))).isEmpty();
    assertThat(ChangeChart.chart(Results.of(Fixtures.smallAssessment()))).isEmpty();
  }

  @Test
  void yearOnYearPutsTheLargestRiseFirstAndNewForcesLast() {
    DefaultCategoryDataset data = ChangeChart.data(Results.of(Fixtures.withHistory())).orElseThrow();

    assertThat(data.getRowKeys()).containsExactly("2024", "2025");
    assertThat(data.getColumnKeys()).containsExactly("Alpha Police (+10)", "Charlie Constabulary (0)",
        FORMULA + " (\u221210)", "Heddlu Delta Police (new)");
    assertThat(row(data, 0)).containsExactly(0.875, 0.5, 0.6, null);
    assertThat(row(data, 1)).containsExactly(0.975, 0.5, 0.5, 0.0);
  }

  @Test
  void lifecycleRiskCountsSystemsByQuarterWithTheSmallestCategoriesTogether() {
    DefaultCategoryDataset data = LifecycleChart.data(Results.of(Fixtures.withHistory()));

    assertThat(data.getColumnKeys()).containsExactly(LifecycleOutlook.ALREADY_OUT, "Apr\u2013Jun 2025", "Jul\u2013Sep 2025",
        "Oct\u2013Dec 2025", "Jan\u2013Mar 2026");
    // Two each of hosting and network, then the ones in name order; radio and telephony are "other".
    assertThat(data.getRowKeys()).containsExactly("Hosting", "Network", "Analytics", "End user device",
        LifecycleOutlook.OTHER_CATEGORIES);
    assertThat(row(data, 0)).containsExactly(1L, 1L, 0L, 0L, 0L);
    assertThat(row(data, 1)).containsExactly(0L, 1L, 1L, 0L, 0L);
    assertThat(row(data, 2)).containsExactly(1L, 0L, 0L, 0L, 0L);
    assertThat(row(data, 3)).containsExactly(0L, 0L, 0L, 0L, 1L);
    assertThat(row(data, 4)).containsExactly(0L, 0L, 0L, 2L, 0L);
  }

  @Test
  void lifecycleRiskWithoutRisksIsAChartOfZeros() {
    DefaultCategoryDataset data = LifecycleChart.data(Results.of(Fixtures.smallAssessment()));

    assertThat(data.getRowKeys()).containsExactly("Systems");
    assertThat(row(data, 0)).containsExactly(0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void renderAllWritesEveryChartAndARadarAForce() throws IOException {
    List<Path> files = Charts.render(Results.of(Fixtures.withHistory())).write(dir.resolve("charts"));

    List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).containsExactly(
        "level-distribution.png", "level-distribution.svg", "domain-scores.png", "domain-scores.svg",
        "overall-scores.png", "overall-scores.svg", "requirement-status.png", "requirement-status.svg",
        "year-on-year.png", "year-on-year.svg", "lifecycle-risk.png", "lifecycle-risk.svg",
        "radar-alpha.png", "radar-alpha.svg", "radar-hyperlink.png", "radar-hyperlink.svg",
        "radar-charlie.png", "radar-charlie.svg", "radar-delta.png", "radar-delta.svg");
    assertSize(dir.resolve("charts/level-distribution.png"), 1920, 1080);
    assertSize(dir.resolve("charts/domain-scores.png"), 1920, 1080);
    assertSize(dir.resolve("charts/lifecycle-risk.png"), 1920, 1080);
    assertSize(dir.resolve("charts/overall-scores.png"), 1920, 2480);
    assertSize(dir.resolve("charts/requirement-status.png"), 1920, 2480);
    assertSize(dir.resolve("charts/year-on-year.png"), 1920, 2480);
    assertSize(dir.resolve("charts/radar-delta.png"), 1600, 1280);

    String source = "Source: Interop Maturity assessment 2025, test-code 1.0; OFFICIAL - PROVISIONAL";
    assertThat(svg("domain-scores")).contains("Domain scores of the 4 forces, 31 March 2025").contains(source)
        .contains("Domain score");
    assertThat(svg("overall-scores")).contains("Overall scores by force, 31 March 2025").contains(source)
        .contains("Overall score").contains("Peer-group median").contains("3 Defined");
    assertThat(svg("requirement-status")).contains("Status of each requirement by force, 31 March 2025")
        .contains("No evidence").contains("Not applicable").contains("SHR-02").contains("4 Heddlu Delta Police");
    assertThat(svg("year-on-year")).contains("Change in overall score by force, 2024 to 2025").contains(source);
    assertThat(svg("lifecycle-risk")).contains("Systems reaching end of support").contains("Number of systems")
        .contains("2 systems already out of support at 31 March 2025; 6 more pass end of support by 31 March 2026");
    assertThat(svg("radar-alpha")).contains("Alpha Police: domain scores, 31 March 2025")
        .contains("Peer group: Small mixed and urban (2 forces)").contains("National median").contains(source);
  }

  @Test
  void renderAllLeavesOutYearOnYearWithoutAPreviousYear() throws IOException {
    List<Path> files = Charts.render(Results.of(Fixtures.smallAssessment())).write(dir);

    assertThat(files).hasSize(18).noneMatch(p -> p.getFileName().toString().startsWith("year-on-year"));
    assertThat(dir.resolve("year-on-year.png")).doesNotExist();
  }

  @Test
  void everySvgIsTheSameEveryRun() throws IOException {
    List<Path> first = Charts.render(Results.of(Fixtures.withHistory())).write(dir.resolve("first"));
    List<Path> second = Charts.render(Results.of(Fixtures.withHistory())).write(dir.resolve("second"));

    for (int i = 0; i < first.size(); i++) {
      Path file = first.get(i);
      if (file.toString().endsWith(".svg")) {
        assertThat(Files.readAllBytes(second.get(i))).as(file.getFileName().toString())
            .isEqualTo(Files.readAllBytes(file));
        assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContainPattern("id='_\\d");
      }
    }
  }

  @Test
  void aForcesRadarComesAsPngBytesAndIsTheOneThePackHolds() throws IOException {
    Results r = Results.of(Fixtures.smallAssessment());
    byte[] png = Charts.radar(r, Fixtures.CHARLIE).png();
    ChartPack pack = Charts.render(r);
    assertThat(pack.radar(Fixtures.CHARLIE).orElseThrow().png()).isEqualTo(png);
    assertThat(pack.radar(Fixtures.CHARLIE).orElseThrow().name()).isEqualTo("radar-charlie");
    assertThat(pack.nationalNames()).containsExactly(Charts.LEVELS, Charts.DOMAINS, Charts.RANKED, Charts.HEAT_MAP,
        Charts.LIFECYCLE);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(1280);
  }

  @Test
  void thePngWriterWritesWhatImageIoReadsBack() throws IOException {
    BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, (x * 7919 + y * 104729) & 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngWriter.write(image, 180, out);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
  }

  @Test
  void thePngWriterRefusesImagesWithAlpha() {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> PngWriter.write(image, 180, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write a PNG of image type 2: only TYPE_INT_RGB (1) is supported");
  }

  private String svg(String kind) throws IOException {
    return Files.readString(dir.resolve("charts/" + kind + ".svg"), StandardCharsets.UTF_8);
  }

  private static void assertSize(Path png, int width, int height) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).as(png.getFileName().toString()).isEqualTo(width);
    assertThat(image.getHeight()).as(png.getFileName().toString()).isEqualTo(height);
  }

  private static List<Number> row(DefaultCategoryDataset data, int row) {
    List<Number> values = new ArrayList<>();
    for (int column = 0; column < data.getColumnCount(); column++) {
      values.add(data.getValue(row, column));
    }
    return values;
  }
}
