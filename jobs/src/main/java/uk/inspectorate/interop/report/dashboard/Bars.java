package uk.inspectorate.interop.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.inspectorate.interop.results.Wording;

/**
 * A horizontal bar chart drawn as SVG: each category's name on a line of its own above its bars
 * (so long names need no truncation), a bar a series, each bar's value written at its end, and a
 * legend in words. Colours tell series apart only as well as the legend and order do; the same
 * numbers are always in a table beside the chart.
 */
final class Bars {
  private static final int WIDTH = 480;
  private static final int LEFT = 8;
  private static final int PLOT = 400;
  private static final int BAR = 16;
  private static final int GAP = 3;
  private static final int NAME_LINE = 17;
  /** Characters of a category's name on one line: bold 13 px text across the 480 units. */
  private static final int NAME_CHARS = 52;
  private static final int AFTER = 12;
  private static final int LEGEND_LINE = 20;

  private final String id;
  private final String title;
  private String description;
  private final boolean percent;
  private final double max;
  private final List<String[]> series = new ArrayList<>();
  private final List<Map.Entry<String, List<Double>>> categories = new ArrayList<>();

  Bars(String id, String title, String description, boolean percent, double max) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.percent = percent;
    this.max = max;
  }

  void series(String name, String cssClass) {
    series.add(new String[] {name, cssClass});
  }

  void category(String name, List<Double> values) {
    categories.add(Map.entry(name, values));
  }

  void description(String text) {
    description = text;
  }

  Pages.Chart chart() {
    List<Pages.Rect> rects = new ArrayList<>();
    List<Pages.Line> lines = new ArrayList<>();
    List<Pages.Label> labels = new ArrayList<>();
    // the legend: a swatch and its name a line, so that no name, however long, runs off the chart
    List<Pages.LegendItem> legend = series.stream().map(s -> new Pages.LegendItem(s[0], "bar " + s[1])).toList();
    int y = 4;
    for (Pages.LegendItem item : legend) {
      rects.add(new Pages.Rect(LEFT, y, 14, 14, item.cssClass()));
      labels.add(new Pages.Label(LEFT + 20, y + 12, item.text(), "start", "legend"));
      y += LEGEND_LINE;
    }
    int top = y + 8;
    List<List<String>> names = categories.stream().map(c -> wrap(c.getKey())).toList();
    int bottom = top;
    for (List<String> name : names) {
      bottom += name.size() * NAME_LINE + 4 + series.size() * (BAR + GAP) + AFTER;
    }
    // gridlines at quarters of the scale, labelled below the plot
    for (int q = 0; q <= 4; q++) {
      int x = LEFT + PLOT * q / 4;
      lines.add(new Pages.Line(x, top, x, bottom, q == 0 ? "axis" : "grid"));
      String tick = percent ? (25 * q) + "%" : Wording.number(max * q / 4.0);
      if (percent || max * q / 4.0 == Math.rint(max * q / 4.0)) {
        labels.add(new Pages.Label(x, bottom + 16, tick, q == 0 ? "start" : "middle", "tick"));
      }
    }
    y = top;
    for (int c = 0; c < categories.size(); c++) {
      for (String line : names.get(c)) {
        labels.add(new Pages.Label(LEFT, y + 14, line, "start", "category"));
        y += NAME_LINE;
      }
      int barY = y + 4;
      List<Double> values = categories.get(c).getValue();
      for (int s = 0; s < series.size(); s++) {
        Double value = s < values.size() ? values.get(s) : null;
        if (value == null) {
          labels.add(new Pages.Label(LEFT + 4, barY + BAR - 3, "no score", "start", "value"));
        } else {
          int w = (int) Math.round(PLOT * Math.min(1, value / max));
          if (w > 0) {
            rects.add(new Pages.Rect(LEFT, barY, w, BAR, "bar " + series.get(s)[1]));
          }
          labels.add(new Pages.Label(LEFT + w + 4, barY + BAR - 3, percent ? Wording.score(value) : Wording.number(value), "start", "value"));
        }
        barY += BAR + GAP;
      }
      y = barY + AFTER;
    }
    return new Pages.Chart(id, WIDTH, bottom + 24, title, description, rects, lines, labels, legend);
  }

  /** A category's name in lines that fit across the chart, broken between words. */
  static List<String> wrap(String name) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > NAME_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
