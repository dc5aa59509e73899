package uk.inspectorate.interop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.inspectorate.interop.ConfigurationException;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.generate.GenerationSummary;
import uk.inspectorate.interop.generate.SampleGenerator;
import uk.inspectorate.interop.ingest.ForceRegistry;

/** {@code generate}: writes a synthetic but realistic input set for one year. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic input set (inventory, survey returns, workforce survey, national indicators) for one year into <out>/<year>/.")
final class GenerateCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Data folder to write into.")
  Path out;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Assessment year, e.g. 2026.")
  int year;

  @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
      description = "Rows a force, as a multiple of the sample size (default: ${DEFAULT-VALUE}; 1000 for a national-scale benchmark).")
  int scale;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed (default: 31 March of the year as yyyyMMdd, the seed of the committed samples); the same seed gives the same files.")
  Long seed;

  @Option(names = "--csv-returns",
      description = "Write every force's survey return as long-form CSV; by default most forces send a filled-in return workbook.")
  boolean csvReturns;

  @Option(names = "--forces", paramLabel = "FILE",
      description = "Force registry (default: forces.csv in --out, else data-samples/forces.csv); copied into --out when missing there.")
  Path forces;

  @Option(names = "--code", paramLabel = "FILE",
      description = "Network code whose questions are answered (default: network-code.yaml in --out, else data-samples/network-code.yaml).")
  Path code;

  @Override
  public Integer call() throws Exception {
    if (year < 2020 || year > 2100) {
      throw new ConfigurationException("Cannot use --year " + year + ": expected a year from 2020 to 2100, such as 2026.");
    }
    if (scale < 1 || scale > 100_000) {
      throw new ConfigurationException("Cannot use --scale " + scale + ": expected a whole number from 1 to 100000.");
    }
    Files.createDirectories(out);
    Path forcesFile = inOut(forces, "forces.csv");
    Path codeFile = inOut(code, "network-code.yaml");
    NetworkCode networkCode = CodeLoader.load(codeFile);
    ForceRegistry registry = ForceRegistry.load(forcesFile);
    GenerationSummary summary = new SampleGenerator().withWorkbookReturns(!csvReturns).generate(out, year, scale,
        seed != null ? seed : SampleGenerator.defaultSeed(year), networkCode, registry.forces());
    summary.describe().forEach(spec.commandLine().getOut()::println);
    return Main.OK;
  }

  /** The given file, else the one in --out, else the sample's; copied into --out so the folder is complete. */
  private Path inOut(Path given, String name) throws java.io.IOException {
    Path target = out.resolve(name);
    Path source = given != null ? given : Files.exists(target) ? target : Path.of("data-samples", name);
    if (!Files.exists(source)) {
      throw new ConfigurationException("Cannot generate: " + source + " does not exist. Give it with --" + (name.startsWith("forces") ? "forces" : "code") + ".");
    }
    if (!Files.exists(target) || !Files.isSameFile(source, target)) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
