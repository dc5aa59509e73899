package uk.inspectorate.interop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.inspectorate.interop.ConfigurationException;
import uk.inspectorate.interop.UnusableInputException;
import uk.inspectorate.interop.code.InvalidCodeException;

/**
 * {@code interop <command>}: the command line. Exit codes: 0 success; 1 the inputs are unusable
 * (explained); 2 a usage or configuration error (bad option, invalid network code); 3 an
 * unexpected internal error (a short message on the console, the stack trace in the log file).
 */
@Command(name = "interop", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Assesses police forces against the ICT interoperability network code and publishes the results.",
    subcommands = {AssessCommand.class, ValidateCommand.class, CheckCodeCommand.class, TemplateCommand.class,
        GenerateCommand.class, QueryCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int UNUSABLE_INPUT = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: assess, validate, check-code, template, generate or query");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; never exits the JVM, so tests can call it. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command line writing to the given streams. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::handle);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InvalidCodeException invalid) {
      err.println(invalid.getMessage());
      return USAGE;
    }
    if (e instanceof ConfigurationException config) {
      err.println(config.getMessage());
      return USAGE;
    }
    if (e instanceof UnusableInputException unusable) {
      err.println(unusable.getMessage());
      return UNUSABLE_INPUT;
    }
    Path log = logFile();
    String where = writeLog(log, e) ? "the details are in " + log : "the details could not be written to " + log;
    err.println("Internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    err.println("This is a fault in Interop Maturity, not in your data; " + where + ". Please report it with that file.");
    return INTERNAL;
  }

  /** The log file for stack traces: the system property interop.log, else interop-error.log in the temp folder. */
  static Path logFile() {
    String configured = System.getProperty("interop.log");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "interop-error.log");
  }

  private static boolean writeLog(Path log, Exception e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    try {
      if (log.getParent() != null) {
        Files.createDirectories(log.getParent());
      }
      Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return true;
    } catch (IOException io) {
      return false;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"Interop Maturity " + (version == null ? "(development build)" : version)};
    }
  }
}
