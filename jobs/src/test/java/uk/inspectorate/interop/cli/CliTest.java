package uk.inspectorate.interop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's exit codes and messages for a user's mistakes: never a stack trace. */
class CliTest {

  /** The outcome of one command line. */
  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void checkCodeAcceptsTheSampleCode() {
    Outcome o = run("check-code", "../data-samples/network-code.yaml");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("is valid: police-ict-network-code 1.0-draft, 7 domains, 38 requirements, 19 questions, 5 levels");
  }

  @Test
  void checkCodeReportsAllTenMistakesAndExits2() {
    Outcome o = run("check-code", "src/test/resources/codes/ten-mistakes.yaml");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().lines().toList()).containsExactly(
        "Cannot use the network code src/test/resources/codes/ten-mistakes.yaml: 10 problems",
        "  - line 6 (levels[2].min_score): must be higher than the level below (0.6), found 0.5",
        "  - line 12 (domains[0].weight): must be greater than 0, found -1.0; remove a requirement instead of weighting it 0",
        "  - line 19 (domains[0].requirements[0].evidence.measure): names the column 'standardz', which the inventory source does not have; its columns are [force_code, asset_id, asset_class, category, vendor, product, version, deployed_on, end_of_support, hosting, standards, national_links, sharing_partners, open_api, sso, accreditation, users, annual_cost_gbp, as_of]",
        "  - line 20 (domains[0].requirements[0].scoring.method): unknown scoring method 'minmax'; expected one of [threshold, boolean, linear, goalposts]",
        "  - line 21 (domains[0].requirements[1].id): duplicate requirement id 'DAT-01' (also at domains[0].requirements[0]); each requirement needs its own id",
        "  - line 25 (domains[0].requirements[1].evidence.measure): uses reflect(), which is refused: it reaches outside SQL or makes results depend on when or where they run",
        "  - line 32 (domains[0].requirements[2].scoring.min): the log10 transform needs min above 0 (log of zero or less is undefined), found 0.0",
        "  - line 33 (domains[0].requirements[2].cross_check.question): cites question 'Q42', which the code's questions do not have",
        "  - line 34 (domains[0].requirements[2].missing): unknown missing policy 'ignore'; expected one of [not_met, exclude, peer_median]",
        "  - line 35 (domains[0].requirements[2].owner): unknown key 'owner'; expected one of [id, title, weight, replaces, evidence, scoring, cross_check, missing]");
    assertThat(o.err())
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void usageMistakesExit2WithHelp() {
    Outcome noYear = run("assess");
    assertThat(noYear.exit()).isEqualTo(2);
    assertThat(noYear.err()).contains("Missing required option: '--year=YEAR'");
    Outcome unknown = run("asses", "--year", "2026");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched arguments").contains("assess");
  }

  @Test
  void anOutputFolderThatCannotBeWrittenExits2() {
    Outcome o = run("assess", "--year", "2026", "--data", "../data-samples", "--out", "/proc/no-such-place");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).startsWith("Cannot use --out /proc/no-such-place: the folder cannot be created");
  }

  @Test
  void aCodeFileThatIsNotUtf8SaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path code = dir.resolve("code.yaml");
    java.nio.file.Files.write(code, "code: x\ntitle: Caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Outcome o = run("check-code", code.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("is not UTF-8 text (it may have been saved as Windows-1252 or ANSI); save it as UTF-8");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"assess", "validate", "check-code", "generate"}) {
      Outcome o = run(command, "--help");
      assertThat(o.exit()).as(command).isZero();
      assertThat(o.out()).as(command).startsWith("Usage: interop " + command);
    }
  }
}
