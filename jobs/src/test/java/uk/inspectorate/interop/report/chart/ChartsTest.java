package uk.inspectorate.interop.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.results.Fixtures;
import uk.inspectorate.interop.results.Results;

/** The level distribution chart of {@link Fixtures#smallAssessment()}, drawn to memory. */
class ChartsTest {
  private final Results small = Results.of(Fixtures.smallAssessment());

  @Test
  void countsForcesAtEveryLevelOfTheCodeIncludingEmptyOnes() {
    DefaultCategoryDataset data = LevelChart.data(small);
    assertThat(data.getRowKeys()).containsExactly(LevelChart.FORCES);
    assertThat(data.getColumnKeys()).containsExactly("1 Initial", "2 Developing", "3 Defined", "4 Optimised");
    List<Number> counts = new ArrayList<>();
    for (int c = 0; c < data.getColumnCount(); c++) {
      counts.add(data.getValue(0, c));
    }
    assertThat(counts).containsExactly(1L, 2L, 1L, 0L);
  }

  @Test
  void drawsAPrintResolutionPngAndAnSvg() throws IOException {
    RenderedChart chart = level(small);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(image.getWidth()).isEqualTo(1920);
    assertThat(image.getHeight()).isEqualTo(1080);
    String text = new String(chart.svg(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!DOCTYPE svg").contains("<svg")
        .contains("Maturity levels of the 4 forces, 2025 (as at 31 March 2025)")
        .contains("Source: Interop Maturity assessment 2025, test-code 1.0; OFFICIAL - PROVISIONAL")
        .contains("Maturity level").contains("Number of forces").contains("4 Optimised");
  }

  @Test
  void theSvgIsTheSameEveryRun() throws IOException {
    byte[] first = level(small).svg();
    byte[] second = level(Results.of(Fixtures.smallAssessment())).svg();
    assertThat(second).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).contains("id='level-distribution")
        .doesNotContainPattern("id='_\\d");
  }

  private static RenderedChart level(Results r) throws IOException {
    return Charts.render(r).national().stream().filter(c -> c.name().equals(Charts.LEVELS)).findFirst()
        .orElseThrow();
  }
}
