package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.publish.Manifest;

/**
 * What a run's {@code manifest.json} says: every input file with its SHA-256, the code, the
 * options, the software, the rows in and out, and where last year's results came from. Every key
 * keeps one order, so two runs on the same inputs give the same manifest but for the run id and
 * the time it was made.
 */
final class RunManifest {
  private RunManifest() {}

  /** A run as its manifest records it. */
  record Run(String runId, Instant createdAt, NetworkCode code, AssessOptions options,
      Map<uk.inspectorate.interop.code.Source, IngestStage.Ingested> inputs, Map<String, Integer> tableRows,
      String lastYear, String sparkVersion) {}

  static Manifest of(Run run) throws IOException {
    AssessOptions options = run.options();
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("id", run.code().id());
    code.put("version", run.code().version());
    code.put("title", run.code().title());
    Map<String, Object> software = new LinkedHashMap<>();
    String version = RunManifest.class.getPackage().getImplementationVersion();
    software.put("interop_maturity", version == null ? "development build" : version);
    software.put("spark", run.sparkVersion());
    software.put("java", System.getProperty("java.version"));
    return new Manifest()
        .put("assessment", "interop-maturity")
        .put("year", options.year())
        .put("run_id", run.runId())
        .put("created_at", run.createdAt().toString())
        .put("status", options.finalRun() ? "FINAL" : "PROVISIONAL")
        .put("code", code)
        .put("options", options(options))
        .put("software", software)
        .put("inputs", files(run))
        .put("rows_in", rowsIn(run))
        .put("tables", run.tableRows())
        .put("previous_year", run.lastYear());
  }

  private static Map<String, Object> options(AssessOptions options) {
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("year", options.year());
    opts.put("as_of", options.asOf().toString());
    opts.put("data", Assessor.shown(options.dataDir()));
    opts.put("code", Assessor.shown(options.codeFile()));
    opts.put("master", options.master());
    opts.put("marking", options.marking());
    opts.put("final", options.finalRun());
    return opts;
  }

  private static List<Map<String, Object>> files(Run run) throws IOException {
    AssessOptions options = run.options();
    List<Map<String, Object>> files = new ArrayList<>();
    files.add(fileEntry("forces.csv", options.forcesFile()));
    files.add(fileEntry("network code", options.codeFile()));
    for (IngestStage.Ingested in : run.inputs().values()) {
      for (var file : in.files()) {
        Map<String, Object> entry = fileEntry(in.source().key(), options.yearDir().resolve(file.path()));
        entry.put("layout", file.layout());
        if (!file.extraColumns().isEmpty()) {
          entry.put("columns_not_read", file.extraColumns());
        }
        files.add(entry);
      }
    }
    return files;
  }

  private static Map<String, Object> rowsIn(Run run) {
    Map<String, Object> rowsIn = new LinkedHashMap<>();
    for (IngestStage.Ingested in : run.inputs().values()) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("read", in.rowsRead());
      counts.put("used", in.rowsRead() - in.rowsRejected());
      counts.put("rejected", in.rowsRejected());
      rowsIn.put(in.source().key(), counts);
    }
    return rowsIn;
  }

  private static Map<String, Object> fileEntry(String role, Path file) throws IOException {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("role", role);
    entry.put("path", Assessor.shown(file));
    entry.put("bytes", Files.size(file));
    entry.put("sha256", Manifest.sha256(file));
    return entry;
  }
}
