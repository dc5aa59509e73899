package uk.inspectorate.interop.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.report.ReturnTemplate;

/** {@code template}: one survey return workbook a force, generated from the code's questions. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Write the survey return workbook each force fills in, one per force, to <out>/templates/<year>/<slug>.xlsx.")
final class TemplateCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Override
  public Integer call() throws Exception {
    common.check();
    NetworkCode code = CodeLoader.load(common.codeFile());
    ForceRegistry forces = ForceRegistry.load(common.data.resolve("forces.csv"));
    Path folder = common.out.resolve("templates").resolve(String.valueOf(common.year));
    AssessCommand.writable(folder);
    long started = System.nanoTime();
    for (Force force : forces.forces()) {
      // The slug was checked against Force.SLUG when the registry was read: safe as a file name.
      ReturnTemplate.write(code, force, common.year, folder.resolve(force.slug() + ".xlsx"));
    }
    spec.commandLine().getOut().println(String.format(Locale.UK,
        "template: %d survey return workbooks for %s, %d questions each, in %s, %.1f s", forces.forces().size(),
        code.label(), code.returnQuestions().size(), folder, (System.nanoTime() - started) / 1e9));
    return Main.OK;
  }
}
