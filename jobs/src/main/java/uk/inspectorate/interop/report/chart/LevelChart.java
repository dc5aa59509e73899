package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.Results;

/** A bar a maturity level of the code, lowest first, showing how many forces reached it. */
final class LevelChart {
  static final String NAME = "level-distribution";
  /** The single series. */
  static final String FORCES = "Forces";

  private LevelChart() {}

  /** The numbers drawn: one column a level of the code, keyed "1 Initial", in level order, levels no force reached included. */
  static DefaultCategoryDataset data(Results r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (National.LevelCount count : r.national().levels()) {
      data.addValue(Long.valueOf(count.forces()), FORCES, ChartParts.levelLabel(count.level()));
    }
    return data;
  }

  static JFreeChart chart(Results r) {
    DefaultCategoryDataset data = data(r);
    String title = "Maturity levels of the " + r.forces().size() + " forces, " + r.year() + " (as at "
        + ChartParts.date(r) + ")";
    CategoryAxis categories = new CategoryAxis("Maturity level");
    ChartStyle.styleAxis(categories);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis("Number of forces");
    ChartStyle.styleAxis(values);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setUpperMargin(0.12);

    // The same colour a level as in the ranked chart, so the pack reads as one.
    Map<String, Color> colours = new HashMap<>();
    r.national().levels().forEach(l -> colours.put(ChartParts.levelLabel(l.level()),
        ChartParts.levelColours(r).get(l.level().level())));
    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return colours.getOrDefault(data.getColumnKey(column), Palette.OKABE_ITO_BLUE);
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.GRAY);
    bars.setDefaultOutlineStroke(new BasicStroke(0.5f));
    bars.setMaximumBarWidth(0.12);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 15));
    bars.setDefaultItemLabelsVisible(true);

    CategoryPlot plot = ChartParts.categoryPlot(data, categories, values, bars, PlotOrientation.VERTICAL);
    return ChartStyle.chart(title, plot, r, false);
  }
}
