package uk.inspectorate.interop.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.inspectorate.interop.ConfigurationException;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.pipeline.AssessOptions;
import uk.inspectorate.interop.pipeline.Assessor;
import uk.inspectorate.interop.pipeline.Progress;
import uk.inspectorate.interop.pipeline.Sparks;

/** {@code assess}: the whole pipeline for one year, published atomically to {@code <out>/<year>/}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess every force for one year and publish the workbook, charts, data tables and manifest to <out>/<year>/.")
final class AssessCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment date, yyyy-MM-dd (default: 31 March of the year).")
  String asOf;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master (default: ${DEFAULT-VALUE}); under spark-submit the submitted master is used.")
  String master;

  @Option(names = "--marking", paramLabel = "TEXT", defaultValue = "OFFICIAL",
      description = "Protective marking shown on every output (default: ${DEFAULT-VALUE}).")
  String marking;

  @Option(names = "--final", description = "Publish as final; without it the outputs say PROVISIONAL.")
  boolean finalRun;

  @Override
  public Integer call() throws Exception {
    AssessOptions options = options(common, asOf, master, marking, finalRun);
    NetworkCode code = CodeLoader.load(options.codeFile());
    SparkSession spark = Sparks.create(options.master(), "interop-maturity assess " + options.year());
    new Assessor(spark, new Progress(spec.commandLine().getOut())).assess(code, options);
    return Main.OK;
  }

  /** The output folder must exist or be creatable, and be writable, before hours of work go into it. */
  static void writable(java.nio.file.Path out) {
    try {
      java.nio.file.Files.createDirectories(out);
    } catch (java.io.IOException | SecurityException e) {
      throw new ConfigurationException("Cannot use --out " + out + ": the folder cannot be created ("
          + e.getClass().getSimpleName() + "). Give a folder you can write to.");
    }
    if (!java.nio.file.Files.isWritable(out)) {
      throw new ConfigurationException("Cannot use --out " + out + ": the folder is not writable. Give a folder you can write to.");
    }
  }

  static AssessOptions options(CommonOptions common, String asOf, String master, String marking, boolean finalRun) {
    common.check();
    LocalDate date = AssessOptions.defaultAsOf(common.year);
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new ConfigurationException("Cannot use --as-of " + asOf + ": expected a date as yyyy-MM-dd, e.g. " + date + ".");
      }
    }
    if (marking == null || marking.isBlank() || marking.length() > 60 || !marking.matches("[A-Za-z0-9 \\-:]+")) {
      throw new ConfigurationException("Cannot use --marking '" + marking + "': expected a short marking in letters, digits, spaces and hyphens, e.g. OFFICIAL or OFFICIAL-SENSITIVE.");
    }
    writable(common.out);
    return new AssessOptions(common.year, common.data.toAbsolutePath().normalize(), common.codeFile(),
        common.out.toAbsolutePath().normalize(), date, master, marking.strip(), finalRun, common.pseudonymKey);
  }
}
