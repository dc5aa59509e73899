package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.RequirementOutcome;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.Status;

/** The status of every requirement for every force: forces in rank order down, requirements across. */
final class StatusChart {
  static final String NAME = "requirement-status";

  private StatusChart() {}

  /**
   * The numbers drawn.
   *
   * @param forces the row labels, top to bottom: "rank short-name", in rank order
   * @param requirements the column labels, left to right: requirement ids in code order
   * @param statuses one series; x the requirement's index, y the force's index, z the ordinal of
   *     the {@link Status}; a force without a result for a requirement has no item there
   */
  record Data(List<String> forces, List<String> requirements, DefaultXYZDataset statuses) {
    /** The status at a cell, or null when there is none. */
    Status status(String forceLabel, String requirementId) {
      int x = requirements.indexOf(requirementId);
      int y = forces.indexOf(forceLabel);
      for (int i = 0; i < statuses.getItemCount(0); i++) {
        if (statuses.getXValue(0, i) == x && statuses.getYValue(0, i) == y) {
          return Status.values()[(int) statuses.getZValue(0, i)];
        }
      }
      return null;
    }
  }

  static Data data(Results r) {
    List<String> ids = r.code().requirements().map(Requirement::id).toList();
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      column.put(ids.get(i), i);
    }
    List<String> labels = new ArrayList<>();
    List<double[]> cells = new ArrayList<>();
    for (ForceResults force : r.forces()) {
      int y = labels.size();
      labels.add(force.score().rank() + " " + force.shortName());
      for (RequirementOutcome outcome : force.requirements()) {
        cells.add(new double[] {column.get(outcome.id()), y, outcome.status().ordinal()});
      }
    }
    DefaultXYZDataset statuses = new DefaultXYZDataset();
    statuses.addSeries("Status", StatusCellRenderer.series(cells));
    return new Data(labels, ids, statuses);
  }

  static JFreeChart chart(Results r) {
    Data data = data(r);
    SymbolAxis requirements = new SymbolAxis(null, data.requirements().toArray(String[]::new));
    ChartStyle.styleAxis(requirements);
    requirements.setTickLabelFont(ChartStyle.font(Font.PLAIN, 13));
    requirements.setVerticalTickLabels(true);
    requirements.setGridBandsVisible(false);
    requirements.setRange(-0.5, data.requirements().size() - 0.5);
    requirements.setAxisLineVisible(false);
    SymbolAxis forces = new SymbolAxis(null, data.forces().toArray(String[]::new));
    ChartStyle.styleAxis(forces);
    forces.setTickLabelFont(ChartStyle.font(Font.PLAIN, 14));
    forces.setGridBandsVisible(false);
    forces.setInverted(true);
    forces.setRange(-0.5, data.forces().size() - 0.5);
    forces.setAxisLineVisible(false);

    XYPlot plot = new XYPlot(data.statuses(), requirements, forces, new StatusCellRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    // A darker line between domains, so the requirements group as the code groups them.
    int end = 0;
    for (Domain domain : r.code().domains()) {
      end += domain.requirements().size();
      if (end < data.requirements().size()) {
        plot.addDomainMarker(new ValueMarker(end - 0.5, Color.DARK_GRAY, new BasicStroke(2f)), Layer.FOREGROUND);
      }
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (Status status : Status.values()) {
      legend.add(ChartParts.box(Wording.status(status), Palette.fill(status), Color.GRAY));
    }
    plot.setFixedLegendItems(legend);

    JFreeChart chart = ChartStyle.chart("Status of each requirement by force, " + ChartParts.date(r), plot, r, true);
    ChartStyle.subtitle(chart, "Forces in rank order, best first; requirements in the order of the code, grouped by"
        + " domain.");
    return chart;
  }
}
