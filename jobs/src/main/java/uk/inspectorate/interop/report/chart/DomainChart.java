package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.Results;

/** A box and the forces' dots for each domain of the code, in the code's order. */
final class DomainChart {
  static final String NAME = "domain-scores";
  static final String DOMAIN_SCORES = "Domain scores";
  /** Lanes the dots of a domain are spread over. */
  private static final int DOT_LANES = 5;

  private DomainChart() {}

  /**
   * The boxes drawn: for each domain (column key the domain's title), the lowest and highest
   * score, the quartiles and the mean, over the forces with a score in that domain. A domain no
   * force has a score in has an item of nulls.
   */
  static DefaultBoxAndWhiskerCategoryDataset data(Results r) {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    for (National.DomainStats d : r.national().domains()) {
      if (d.forcesScored() == 0) {
        data.add(new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of()), DOMAIN_SCORES,
            d.domain().title());
        continue;
      }
      // Whiskers run to the lowest and highest force: every force is drawn as a dot anyway.
      data.add(new BoxAndWhiskerItem(d.mean(), d.median(), d.lowerQuartile(), d.upperQuartile(), d.min(), d.max(),
          d.min(), d.max(), List.of()), DOMAIN_SCORES, d.domain().title());
    }
    return data;
  }

  /**
   * The dots of a domain dealt in score order over a few lanes, so forces with equal scores sit
   * side by side instead of on top of each other.
   */
  private static DefaultMultiValueCategoryDataset dots(Results r) {
    DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
    for (National.DomainStats d : r.national().domains()) {
      List<List<Double>> lanes = new ArrayList<>();
      for (int lane = 0; lane < DOT_LANES; lane++) {
        lanes.add(new ArrayList<>());
      }
      List<Double> sorted = d.scores().stream().sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        lanes.get(i % DOT_LANES).add(sorted.get(i));
      }
      for (int lane = 0; lane < DOT_LANES; lane++) {
        dots.add(lanes.get(lane), LevelChart.FORCES + " " + (lane + 1), d.domain().title());
      }
    }
    return dots;
  }

  static JFreeChart chart(Results r) {
    CategoryAxis domains = new CategoryAxis(null);
    ChartStyle.styleAxis(domains);
    domains.setMaximumCategoryLabelWidthRatio(0.28f);
    domains.setMaximumCategoryLabelLines(2);
    domains.setCategoryMargin(0.25);
    NumberAxis scores = ChartStyle.scoreAxis("Domain score");
    scores.setRange(-0.015, 1.015);

    ScatterRenderer dotRenderer = new ScatterRenderer();
    dotRenderer.setAutoPopulateSeriesPaint(false);
    dotRenderer.setAutoPopulateSeriesShape(false);
    dotRenderer.setDefaultPaint(ChartParts.withAlpha(Palette.OKABE_ITO_BLUE, 170));
    dotRenderer.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
    dotRenderer.setUseSeriesOffset(true);
    dotRenderer.setItemMargin(0);
    dotRenderer.setUseOutlinePaint(false);
    dotRenderer.setBaseShapesFilled(true);

    BoxAndWhiskerRenderer boxes = new BoxAndWhiskerRenderer();
    boxes.setSeriesPaint(0, Palette.BOX_FILL);
    boxes.setFillBox(true);
    boxes.setMeanVisible(false);
    boxes.setMedianVisible(true);
    boxes.setArtifactPaint(Color.DARK_GRAY);
    boxes.setSeriesOutlinePaint(0, Color.DARK_GRAY);
    boxes.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
    boxes.setUseOutlinePaintForWhiskers(true);
    boxes.setMaximumBarWidth(0.8);
    boxes.setWhiskerWidth(0.6);

    CategoryPlot plot = ChartParts.categoryPlot(dots(r), domains, scores, dotRenderer, PlotOrientation.HORIZONTAL);
    plot.setDataset(1, data(r));
    plot.setRenderer(1, boxes);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    plot.setRangeGridlinesVisible(true);

    JFreeChart chart = ChartStyle.chart("Domain scores of the " + r.forces().size() + " forces, " + ChartParts.date(r),
        plot, r, false);
    ChartStyle.subtitle(chart, "Each dot is a force. The box holds the middle half of forces; the line in it is the"
        + " median.");
    return chart;
  }
}
