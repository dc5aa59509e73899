package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.inspectorate.interop.results.LifecycleOutlook;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;

/** Systems already out of support, and those passing end of support in each quarter of the year after the as-of date. */
final class LifecycleChart {
  static final String NAME = "lifecycle-risk";

  private LifecycleChart() {}

  /**
   * The numbers drawn, over all forces: columns the periods of {@link LifecycleOutlook}, rows its
   * categories; every cell has a count, zero included.
   */
  static DefaultCategoryDataset data(Results r) {
    LifecycleOutlook outlook = r.lifecycle();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int row = 0; row < outlook.categories().size(); row++) {
      for (int period = 0; period < outlook.periods().size(); period++) {
        data.addValue(outlook.counts().get(row).get(period), outlook.categories().get(row),
            outlook.periods().get(period));
      }
    }
    return data;
  }

  static JFreeChart chart(Results r) {
    DefaultCategoryDataset data = data(r);
    LifecycleOutlook outlook = r.lifecycle();
    CategoryAxis periods = new CategoryAxis(null);
    ChartStyle.styleAxis(periods);
    periods.setMaximumCategoryLabelLines(2);
    NumberAxis systems = new NumberAxis("Number of systems");
    ChartStyle.styleAxis(systems);
    systems.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // The total's label sits above the bar; leave room for it.
    systems.setUpperMargin(0.14);

    StackedBarRenderer stacks = new StackedBarRenderer();
    stacks.setBarPainter(new StandardBarPainter());
    stacks.setShadowVisible(false);
    stacks.setMaximumBarWidth(0.14);
    stacks.setDrawBarOutline(true);
    stacks.setDefaultOutlinePaint(Color.WHITE);
    stacks.setDefaultOutlineStroke(new BasicStroke(1f));
    for (int row = 0; row < data.getRowCount(); row++) {
      stacks.setSeriesPaint(row, LifecycleOutlook.OTHER_CATEGORIES.equals(data.getRowKey(row)) ? Palette.OTHER
          : Palette.categorical(row));
    }
    CategoryPlot plot = ChartParts.categoryPlot(data, periods, systems, stacks, PlotOrientation.VERTICAL);
    for (int period = 0; period < outlook.periods().size(); period++) {
      long total = outlook.total(period);
      CategoryTextAnnotation label = new CategoryTextAnnotation(String.valueOf(total), outlook.periods().get(period),
          total);
      label.setCategoryAnchor(CategoryAnchor.MIDDLE);
      label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      label.setFont(ChartStyle.font(Font.BOLD, 16));
      label.setPaint(Color.BLACK);
      plot.addAnnotation(label);
    }

    JFreeChart chart = ChartStyle.chart("Systems reaching end of support, all " + r.forces().size()
        + " forces, year after " + ChartParts.date(r), plot, r, true);
    ChartStyle.subtitle(chart, outlook.alreadyOut() + " systems already out of support at " + ChartParts.date(r)
        + "; " + outlook.passing() + " more pass end of support by " + Wording.longDate(r.asOf().plusYears(1)) + ".");
    return chart;
  }
}
