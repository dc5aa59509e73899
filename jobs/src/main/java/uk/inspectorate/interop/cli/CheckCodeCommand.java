package uk.inspectorate.interop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;

/** {@code check-code}: validates a network code file without reading any data. */
@Command(name = "check-code", mixinStandardHelpOptions = true,
    description = "Check a network code file and print every problem with its line; exit 2 when there is one.")
final class CheckCodeCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The network code file (YAML).")
  Path file;

  @Override
  public Integer call() throws Exception {
    NetworkCode code = CodeLoader.load(file);
    spec.commandLine().getOut().printf("%s is valid: %s, %d domains, %d requirements, %d questions, %d levels%n", file,
        code.label(), code.domains().size(), code.requirements().count(), code.questions().size(), code.levels().size());
    return Main.OK;
  }
}
