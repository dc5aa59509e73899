package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.Scorer;

/** The level distribution chart of {@link Fixtures#smallAssessment()}. */
class ChartsTest {
  @TempDir
  Path dir;

  @Test
  void countsForcesAtEveryLevelOfTheCodeIncludingEmptyOnes() {
    DefaultCategoryDataset data = Charts.levelDistributionData(Fixtures.smallAssessment());
    assertThat(data.getRowKeys()).containsExactly(Charts.FORCES);
    assertThat(data.getColumnKeys()).containsExactly("1 Initial", "2 Developing", "3 Defined", "4 Optimised");
    List<Number> counts = new ArrayList<>();
    for (int c = 0; c < data.getColumnCount(); c++) {
      counts.add(data.getValue(0, c));
    }
    assertThat(counts).containsExactly(1L, 2L, 1L, 0L);
  }

  @Test
  void aLevelTheCodeDoesNotDefineIsRefused() {
    Assessment a = Fixtures.smallAssessment();
    List<ForceScore> forces = new ArrayList<>(a.scores().forces());
    forces.add(new ForceScore("E23000009", "Echo Police", "echo", "North East", "Medium mixed", 0.5, 7, "Unknown", 5));
    Assessment odd = new Assessment(a.year(), a.asOf(), a.code(), a.forces(),
        new Scorer.Scores(a.scores().requirements(), a.scores().domains(), forces), a.dataQuality(), a.marking(),
        a.provisional());

    assertThatThrownBy(() -> Charts.levelDistributionData(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot chart the level distribution: 1 force(s) have maturity level 7, which test-code 1.0"
            + " does not define; its levels are [1, 2, 3, 4]");
  }

  @Test
  void writesAPrintResolutionPngAndAnSvg() throws IOException {
    Path png = dir.resolve("charts/level-distribution.png");
    Path svg = dir.resolve("charts/level-distribution.svg");
    Charts.levelDistribution(Fixtures.smallAssessment(), png, svg);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1920);
    assertThat(image.getHeight()).isEqualTo(1080);
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(text).contains("<svg").contains("Maturity levels of the 4 forces, 2025 (as at 31 March 2025)")
        .contains("Source: Interop Maturity assessment 2025, test-code 1.0; OFFICIAL - PROVISIONAL")
        .contains("Maturity level").contains("Number of forces").contains("4 Optimised");
  }

  @Test
  void theSvgIsTheSameEveryRun() throws IOException {
    Path first = dir.resolve("first.svg");
    Path second = dir.resolve("second.svg");
    Charts.levelDistribution(Fixtures.smallAssessment(), dir.resolve("first.png"), first);
    Charts.levelDistribution(Fixtures.smallAssessment(), dir.resolve("second.png"), second);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(first)).contains("id='levels").doesNotContainPattern("id='_\\d");
  }
}
