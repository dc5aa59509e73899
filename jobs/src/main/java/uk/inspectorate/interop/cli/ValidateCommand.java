package uk.inspectorate.interop.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.pipeline.AssessOptions;
import uk.inspectorate.interop.pipeline.Assessor;
import uk.inspectorate.interop.pipeline.Progress;
import uk.inspectorate.interop.pipeline.Sparks;
import uk.inspectorate.interop.validate.DataQualityRow;

/** {@code validate}: ingest and validation only, with the data-quality summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Read and check one year's inputs; print the data-quality summary and write rejects under <out>/validation/<year>/.")
final class ValidateCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Override
  public Integer call() throws Exception {
    AssessOptions options = AssessCommand.options(common, null, "local[*]", "OFFICIAL", false);
    NetworkCode code = CodeLoader.load(options.codeFile());
    SparkSession spark = Sparks.create(options.master(), "interop-maturity validate " + options.year());
    Progress progress = new Progress(spec.commandLine().getOut());
    Assessor.Validated result = new Assessor(spark, progress).validate(code, options);
    printSummary(result.quality(), progress);
    progress.say("rejects and data_quality.csv written to " + result.rejectsDir().getParent());
    return Main.OK;
  }

  static void printSummary(List<DataQualityRow> quality, Progress progress) {
    Map<String, long[]> byInput = new TreeMap<>();
    Map<String, Long> byRule = new TreeMap<>();
    for (DataQualityRow row : quality) {
      long[] t = byInput.computeIfAbsent(row.input(), k -> new long[3]);
      t[0] += row.rowsRead();
      t[1] += row.rowsUsed();
      t[2] += row.rowsRejected();
      if (!row.rejectedByRule().isEmpty()) {
        for (String part : row.rejectedByRule().split("; ")) {
          String[] kv = part.split("=");
          byRule.merge(row.input() + " " + kv[0], Long.parseLong(kv[1]), Long::sum);
        }
      }
    }
    progress.say(String.format("%-12s %10s %10s %10s", "input", "read", "used", "rejected"));
    byInput.forEach((input, t) -> progress.say(String.format("%-12s %10s %10s %10s", input,
        Progress.count(t[0]), Progress.count(t[1]), Progress.count(t[2]))));
    byRule.forEach((rule, n) -> progress.say("  rejected by " + rule + ": " + Progress.count(n)));
    Map<String, List<String>> missing = new TreeMap<>();
    quality.stream().filter(r -> r.file().isEmpty() && !r.note().isEmpty())
        .forEach(r -> missing.computeIfAbsent(r.input() + ": " + r.note(), k -> new java.util.ArrayList<>()).add(r.forceCode()));
    missing.forEach((what, forces) -> progress.say(what + " from " + forces.size()
        + (forces.size() == 1 ? " force: " : " forces: ") + String.join(", ", forces)));
    long partial = quality.stream().filter(r -> r.note().matches("\\d+ of \\d+ questions answered")
        && !r.note().startsWith(r.note().split(" of ")[1].split(" ")[0] + " of")).count();
    if (partial > 0) {
      progress.say(partial + " survey file(s) leave questions unanswered; see data_quality.csv");
    }
  }
}
