package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;

/** The parts several charts share: sizes, the category plot, the force axis, legend boxes and level colours. */
final class ChartParts {
  /** Layout size in points of the landscape charts; the PNG is drawn at {@link ChartStyle#PNG_SCALE} times this. */
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final ChartStyle.Size LANDSCAPE = new ChartStyle.Size(WIDTH, HEIGHT);
  /** For one row a force: 43 rows need about 22 points each to stay readable at A4 width. */
  static final ChartStyle.Size PORTRAIT = new ChartStyle.Size(WIDTH, 1240);

  private ChartParts() {}

  static CategoryPlot categoryPlot(CategoryDataset data, CategoryAxis categories, NumberAxis values,
      CategoryItemRenderer renderer, PlotOrientation orientation) {
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(orientation);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(ChartStyle.gridStroke());
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    return plot;
  }

  /** A category axis listing forces down the side: short names, small gaps, no truncation. */
  static CategoryAxis forceAxis() {
    CategoryAxis forces = new CategoryAxis(null);
    ChartStyle.styleAxis(forces);
    forces.setTickLabelFont(ChartStyle.font(Font.PLAIN, 14));
    forces.setCategoryMargin(0.2);
    forces.setLowerMargin(0.005);
    forces.setUpperMargin(0.005);
    forces.setMaximumCategoryLabelWidthRatio(0.3f);
    return forces;
  }

  static LegendItem box(String label, Color fill, Color outline) {
    return new LegendItem(label, null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), fill,
        new BasicStroke(0.5f), outline);
  }

  static Color withAlpha(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /** "1 Initial". */
  static String levelLabel(Level level) {
    return level.level() + " " + level.name();
  }

  /** A colour a maturity level, lightest for the lowest. */
  static Map<Integer, Color> levelColours(Results r) {
    List<Level> levels = r.code().levels();
    Map<Integer, Color> colours = new LinkedHashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      colours.put(levels.get(i).level(), Palette.sequential(i, levels.size()));
    }
    return colours;
  }

  /** The as-of date in words. */
  static String date(Results r) {
    return Wording.longDate(r.asOf());
  }
}
