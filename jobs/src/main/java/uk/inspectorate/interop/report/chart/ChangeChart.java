package uk.inspectorate.interop.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.inspectorate.interop.results.ForceChange;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.LastYear;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;

/** Each force's overall score last year and this year, largest rise first. */
final class ChangeChart {
  static final String NAME = "year-on-year";

  private ChangeChart() {}

  /**
   * The numbers drawn, or empty when there is no last year: rows last year and this year (e.g.
   * "2025", "2026"), a column a force keyed "short-name (+4)" with the change in percentage
   * points, largest rise first; a force new this year is last, keyed "short-name (new)", with no
   * value for last year.
   */
  static Optional<DefaultCategoryDataset> data(Results r) {
    if (r.lastYear().isEmpty()) {
      return Optional.empty();
    }
    LastYear last = r.lastYear().get();
    String before = String.valueOf(last.year());
    String now = String.valueOf(r.year());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ForceResults f : r.byChangeSinceLastYear()) {
      ForceChange change = f.change();
      String label = f.shortName()
          + (change.assessed() ? " (" + Wording.signedPoints(change.difference()) + ")" : " (new)");
      data.addValue(change.previousScore(), before, label);
      data.addValue(f.score().overallScore(), now, label);
    }
    return Optional.of(data);
  }

  static Optional<JFreeChart> chart(Results r) {
    return data(r).map(data -> chart(r, data));
  }

  private static JFreeChart chart(Results r, DefaultCategoryDataset data) {
    CategoryAxis forces = ChartParts.forceAxis();
    NumberAxis scores = ChartStyle.scoreAxis("Overall score");
    scores.setRange(-0.015, 1.015);

    ChangeRenderer dots = new ChangeRenderer();
    dots.setSeriesPaint(0, Palette.OKABE_ITO_SKY_BLUE);
    dots.setSeriesPaint(1, Palette.OKABE_ITO_BLUE);
    dots.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    dots.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
    dots.setUseOutlinePaint(true);
    dots.setDefaultOutlinePaint(Color.WHITE);
    dots.setDrawOutlines(true);

    CategoryPlot plot = ChartParts.categoryPlot(data, forces, scores, dots, PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xF0, 0xF0, 0xF0));

    String before = (String) data.getRowKey(0);
    JFreeChart chart = ChartStyle.chart("Change in overall score by force, " + before + " to " + r.year() + " (as at "
        + ChartParts.date(r) + ")", plot, r, true);
    ChartStyle.subtitle(chart, "Change in percentage points in brackets, largest rise first. A vermillion line marks"
        + " a fall.");
    return chart;
  }
}
