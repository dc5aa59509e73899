package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.Results;

/** A bar a force, best first, coloured by maturity level, with its peer group's median marked. */
final class RankedChart {
  static final String NAME = "overall-scores";
  static final String OVERALL = "Overall score";
  static final String PEER_MEDIAN = "Peer-group median";

  private RankedChart() {}

  /** The numbers drawn: rows {@link #OVERALL} and {@link #PEER_MEDIAN}, a column a force in rank order, keyed "2 Durham". */
  static DefaultCategoryDataset data(Results r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ForceResults force : r.forces()) {
      String label = force.score().rank() + " " + force.shortName();
      data.addValue(force.score().overallScore(), OVERALL, label);
      data.addValue(force.score().peerMedian(), PEER_MEDIAN, label);
    }
    return data;
  }

  static JFreeChart chart(Results r) {
    DefaultCategoryDataset data = data(r);
    List<ForceResults> ranked = r.forces();
    Map<Integer, Color> levelColours = ChartParts.levelColours(r);

    CategoryAxis forces = ChartParts.forceAxis();
    NumberAxis scores = ChartStyle.scoreAxis("Overall score");

    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return levelColours.getOrDefault(ranked.get(column).score().maturityLevel(), Color.GRAY);
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.GRAY);
    bars.setDefaultOutlineStroke(new BasicStroke(0.5f));
    bars.setSeriesVisible(1, false);

    LineAndShapeRenderer medians = new LineAndShapeRenderer(false, true);
    medians.setSeriesVisible(0, false);
    medians.setSeriesShape(1, new Rectangle2D.Double(-2, -10, 4, 20));
    medians.setSeriesPaint(1, Color.BLACK);
    // A white edge keeps the mark visible on the darkest bars.
    medians.setUseOutlinePaint(true);
    medians.setDrawOutlines(true);
    medians.setSeriesOutlinePaint(1, Color.WHITE);
    medians.setSeriesOutlineStroke(1, new BasicStroke(1.5f));

    CategoryPlot plot = ChartParts.categoryPlot(data, forces, scores, bars, PlotOrientation.HORIZONTAL);
    plot.setDataset(1, data);
    plot.setRenderer(1, medians);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

    LegendItemCollection legend = new LegendItemCollection();
    for (Level level : r.code().levels()) {
      legend.add(ChartParts.box(ChartParts.levelLabel(level), levelColours.get(level.level()), Color.GRAY));
    }
    legend.add(new LegendItem(PEER_MEDIAN, null, null, null, new Rectangle2D.Double(-2, -8, 4, 16), Color.BLACK));
    plot.setFixedLegendItems(legend);

    JFreeChart chart = ChartStyle.chart("Overall scores by force, " + ChartParts.date(r), plot, r, true);
    ChartStyle.subtitle(chart, "Bars are coloured by maturity level; the black mark is the median of the force's peer"
        + " group.");
    return chart;
  }
}
