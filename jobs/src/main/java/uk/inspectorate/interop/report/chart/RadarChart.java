package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.Rotation;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.inspectorate.interop.results.DomainOutcome;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.ForceScore;

/**
 * One force's domain scores against its peer group's median and the national median. The chart
 * is built once and redrawn for each force: only its data and titles change.
 */
final class RadarChart {
  static final ChartStyle.Size SIZE = new ChartStyle.Size(800, 640);
  static final String PEER_MEDIAN = RankedChart.PEER_MEDIAN;
  static final String NATIONAL_MEDIAN = "National median";

  private final Results r;
  private final RadarPlot plot;
  private final JFreeChart chart;

  RadarChart(Results r) {
    this.r = r;
    plot = new RadarPlot(null);
    plot.setMaxValue(1.0);
    plot.setStartAngle(90);
    plot.setDirection(Rotation.CLOCKWISE);
    plot.setInteriorGap(0.22);
    plot.setAxisLabelGap(0.06);
    plot.setLabelFont(ChartStyle.font(Font.PLAIN, 15));
    plot.setLabelPaint(ChartStyle.TEXT);
    plot.setAxisLinePaint(Palette.GRID);
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setHeadPercent(0.012);
    plot.setSeriesPaint(0, Palette.OKABE_ITO_BLUE);
    plot.setSeriesOutlineStroke(0, new BasicStroke(3f));
    plot.setSeriesPaint(1, Palette.OKABE_ITO_ORANGE);
    plot.setSeriesOutlineStroke(1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 5f}, 0f));
    plot.setSeriesPaint(2, Color.DARK_GRAY);
    plot.setSeriesOutlineStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {2f, 4f}, 0f));
    for (int series = 0; series < 3; series++) {
      plot.setSeriesOutlinePaint(series, plot.getSeriesPaint(series));
    }
    chart = ChartStyle.chart("", plot, r, true);
    ChartStyle.subtitle(chart, "");
  }

  /** The file name of a force's radar: "radar-kent". */
  static String name(ForceResults force) {
    return "radar-" + force.score().slug();
  }

  /**
   * The numbers drawn: rows the force (keyed by its short name), {@link #PEER_MEDIAN} and
   * {@link #NATIONAL_MEDIAN}; a column a domain (its title) in code order. A domain the force has
   * no score in is null and left off its web.
   */
  static DefaultCategoryDataset data(ForceResults force) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (DomainOutcome d : force.domains()) {
      data.addValue(d.value(), force.shortName(), d.domain().title());
      data.addValue(d.peerMedian(), PEER_MEDIAN, d.domain().title());
      data.addValue(d.nationalMedian(), NATIONAL_MEDIAN, d.domain().title());
    }
    return data;
  }

  /** The chart of one force, ready to draw; the same chart object serves every force in turn. */
  JFreeChart of(ForceResults force) {
    ForceScore s = force.score();
    plot.setDataset(data(force));
    chart.setTitle(force.shortName() + ": domain scores, " + ChartParts.date(r));
    chart.getTitle().setFont(ChartStyle.font(Font.BOLD, 20));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setPadding(new RectangleInsets(0, 0, 8, 0));
    ((TextTitle) chart.getSubtitle(0)).setText("Overall " + Wording.percent(s.overallScore()) + ", level "
        + s.maturityLevel() + " " + s.levelName() + ", rank " + s.rank() + " of " + r.forces().size()
        + ". Peer group: " + s.peerGroup() + " (" + force.peers().size() + " forces).");
    return chart;
  }
}
