package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.inspectorate.interop.publish.Table;
import uk.inspectorate.interop.report.FactsheetWriter;
import uk.inspectorate.interop.report.WorkbookWriter;
import uk.inspectorate.interop.report.chart.ChartPack;
import uk.inspectorate.interop.report.chart.Charts;
import uk.inspectorate.interop.report.dashboard.Dashboard;
import uk.inspectorate.interop.results.Results;

/**
 * Lays out a year's results: the national workbook, the charts (drawn once, then written to
 * charts/ and embedded in the factsheets), a factsheet a force and the dashboard.
 */
final class ReportStage {
  private ReportStage() {}

  /** Writes every report into the run's folder; returns what was written and how long each took, in words. */
  static String write(Results results, List<Table<?>> tables, Path runDir) throws IOException {
    Progress.Timed<Path> workbook = Progress.time(() -> {
      Path file = runDir.resolve("interop-maturity-" + results.year() + ".xlsx");
      WorkbookWriter.write(results, file);
      return file;
    });
    Progress.Timed<ChartPack> charts = Progress.time(() -> {
      ChartPack pack = Charts.render(results);
      pack.write(runDir.resolve("charts"));
      return pack;
    });
    Progress.Timed<List<Path>> factsheets = Progress.time(() ->
        FactsheetWriter.writeAll(results, charts.value(), runDir.resolve("factsheets")));
    Progress.Timed<List<Path>> pages = Progress.time(() ->
        Dashboard.write(results, tables, charts.value().nationalNames(), runDir.resolve("dashboard")));
    return String.format(Locale.UK, "workbook %s, %d charts (PNG and SVG) %s, %d factsheets %s, %d dashboard pages %s",
        workbook.took(), charts.value().all().size(), charts.took(), factsheets.value().size(), factsheets.took(),
        pages.value().size(), pages.took());
  }
}
