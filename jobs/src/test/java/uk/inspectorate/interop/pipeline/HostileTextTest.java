package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;

/**
 * Markup in a force's name (from forces.csv) and a requirement's title (from the code file) goes
 * through the whole pipeline and reaches the dashboard as text: nothing of it runs or renders.
 */
class HostileTextTest {
  static final String FORCE_NAME = "Kent Police <script>window.pwned='name'</script>\"><img src=x onerror=\"window.pwned='img'\">";
  static final String TITLE = "Open APIs <script>window.pwned='title'</script>\"><img src=x onerror=\"window.pwned='img'\">";

  @Test
  void markupInAForceNameAndARequirementTitleIsShownAsText(@TempDir Path data, @TempDir Path out,
      @TempDir Path profile) throws Exception {
    copy(SamplePublication.SAMPLES.resolve("2026"), data.resolve("2026"));
    renameKent(SamplePublication.SAMPLES.resolve("forces.csv"), data.resolve("forces.csv"));
    String code = Files.readString(SamplePublication.SAMPLES.resolve("network-code.yaml"));
    String original = "title: Applications expose open, documented APIs";
    assertThat(code).contains(original);
    Files.writeString(data.resolve("network-code.yaml"),
        code.replace(original, "title: '" + TITLE.replace("'", "''") + "'"));

    TestSpark.session();
    StringWriter console = new StringWriter();
    int exit = Main.run(new PrintWriter(console), new PrintWriter(console),
        "assess", "--year", "2026", "--data", data.toString(), "--out", out.toString(), "--master", "local[2]");
    assertThat(exit).as(console.toString()).isZero();
    Path dashboard = out.resolve("2026/dashboard");

    List<Path> pages;
    try (Stream<Path> files = Files.walk(dashboard)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertThat(pages).hasSize(46);
    for (Path page : pages) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      assertThat(html.select("img")).as(page.toString()).isEmpty();
      assertThat(html.select("script:not([src])")).as(page.toString()).isEmpty();
      assertThat(html.select("[onerror]")).as(page.toString()).isEmpty();
    }
    Document kent = Jsoup.parse(dashboard.resolve("forces/kent.html").toFile(), "UTF-8");
    assertThat(kent.selectFirst("h1").text()).isEqualTo(FORCE_NAME);
    assertThat(kent.getElementById("req-DAT-03").selectFirst("th").text()).isEqualTo("DAT-03 " + TITLE);
    Document index = Jsoup.parse(dashboard.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("#forces-table th a").eachText()).contains(FORCE_NAME);
    // the published table keeps the name as given
    assertThat(Files.readString(out.resolve("2026/csv/force_scores.csv"))).contains(FORCE_NAME.replace("\"", "\"\""));

    // and in a browser nothing of it runs
    Browser.assumeInstalled();
    ChromeDriver driver = Browser.start(profile);
    try {
      for (String page : List.of("index.html", "forces/kent.html", "methodology.html")) {
        driver.get(dashboard.resolve(page).toUri().toString());
        assertThat(driver.executeScript("return window.pwned === undefined;")).as(page).isEqualTo(true);
        assertThat(driver.findElements(By.tagName("img"))).as(page).isEmpty();
      }
      driver.get(dashboard.resolve("forces/kent.html").toUri().toString());
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(FORCE_NAME);
      assertThat(driver.getTitle()).startsWith(FORCE_NAME);
    } finally {
      driver.quit();
    }
  }

  private static void renameKent(Path from, Path to) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(from, StandardCharsets.UTF_8, format);
        Writer writer = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        List<String> values = new ArrayList<>(record.toList());
        if (record.get("slug").equals("kent")) {
          values.set(parser.getHeaderNames().indexOf("name"), FORCE_NAME);
        }
        printer.printRecord(values);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
