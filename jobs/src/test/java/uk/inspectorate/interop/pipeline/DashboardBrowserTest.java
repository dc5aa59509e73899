package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.NetworkCode;

/**
 * The sample dashboard in headless Chromium, served over HTTP as a web server would: every page
 * reachable from the index is visited once, checked by the axe-core engine against WCAG 2.2 A and
 * AA, its links followed, and its numbers compared with the published tables.
 */
class DashboardBrowserTest {
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
  private static final String AXE = axeScript();
  private static final Path SCREENSHOTS = Path.of(System.getProperty("dashboard.screenshots", "target/dashboard-screenshots"));

  @TempDir
  static Path profile;

  static Path year;
  static HttpServer server;
  static String origin;
  static ChromeDriver driver;

  /** Each page visited: its HTML after scripts ran, axe's violations, and what it requested. */
  record Visit(String html, List<String> violations, List<String> requests, String marking, String markingColour,
      boolean enhanced) {}

  static final Map<String, Visit> visits = Collections.synchronizedMap(new TreeMap<>());
  static final Map<String, Set<String>> linksFrom = Collections.synchronizedMap(new TreeMap<>());
  static final int BROWSERS = 2;
  static final List<ChromeDriver> drivers = new ArrayList<>();

  @BeforeAll
  static void crawlTheSampleDashboard() throws Exception {
    Browser.assumeInstalled();
    year = SamplePublication.out().resolve("2026").toRealPath();
    server = Browser.serve(year);
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
    // two browsers share the pages of each step of the crawl: axe takes a couple of seconds a page
    for (int i = 0; i < BROWSERS; i++) {
      drivers.add(Browser.start(Files.createDirectories(profile.resolve("browser-" + i))));
    }
    driver = drivers.get(0);
    ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
    try {
      List<String> step = List.of(origin + "/dashboard/index.html");
      while (!step.isEmpty()) {
        List<String> pages = step;
        List<Future<?>> lanes = new ArrayList<>();
        for (int lane = 0; lane < BROWSERS; lane++) {
          ChromeDriver browser = drivers.get(lane);
          int first = lane;
          lanes.add(pool.submit(() -> {
            for (int i = first; i < pages.size(); i += BROWSERS) {
              visit(browser, pages.get(i));
            }
            return null;
          }));
        }
        for (Future<?> lane : lanes) {
          lane.get();
        }
        step = linksFrom.values().stream().flatMap(Set::stream).map(link -> link.replaceFirst("#.*$", ""))
            .filter(page -> page.startsWith(origin + "/dashboard/") && page.endsWith(".html") && !visits.containsKey(page))
            .distinct().sorted().toList();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void visit(ChromeDriver browser, String url) {
    browser.get(url);
    List<String> violations = axe(browser);
    @SuppressWarnings("unchecked")
    Map<String, Object> page = (Map<String, Object>) browser.executeScript("""
        var marking = document.querySelector('.marking');
        return {
          requests: performance.getEntriesByType('resource').map(function (e) { return e.name; }),
          links: Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) { return a.href; }),
          marking: marking.textContent.trim(),
          colour: getComputedStyle(marking).backgroundColor,
          enhanced: document.querySelectorAll('button.sort').length > 0
              || document.querySelectorAll('table[data-sortable]').length === 0,
          html: document.documentElement.outerHTML
        };""");
    @SuppressWarnings("unchecked")
    List<String> requests = (List<String>) page.get("requests");
    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) page.get("links");
    visits.put(url, new Visit((String) page.get("html"), violations, requests, (String) page.get("marking"),
        (String) page.get("colour"), (Boolean) page.get("enhanced")));
    linksFrom.put(url, new LinkedHashSet<>(links));
  }

  @AfterAll
  static void stop() {
    drivers.forEach(ChromeDriver::quit);
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyPageIsReachedFromTheIndex() {
    assertThat(visits.keySet()).hasSize(3 + 43)
        .contains(origin + "/dashboard/index.html", origin + "/dashboard/methodology.html",
            origin + "/dashboard/data.html", origin + "/dashboard/forces/kent.html");
  }

  @Test
  void noPageHasAnAccessibilityViolationAtWcag22AOrAA() {
    Map<String, List<String>> violations = new TreeMap<>();
    visits.forEach((url, visit) -> {
      if (!visit.violations().isEmpty()) {
        violations.put(url.substring(origin.length()), visit.violations());
      }
    });
    assertThat(violations).as("axe-core violations by page: rule, help and the first elements").isEmpty();
  }

  @Test
  void theAccessibilityCheckFindsViolationsWhereThereAreSome() throws IOException {
    Path bad = Files.writeString(profile.resolve("bad.html"), "<!DOCTYPE html><html><head><title>Bad</title></head>"
        + "<body><main><h1>Bad</h1><img src=\"x.png\"><p style=\"color:#aaa\">pale text</p>"
        + "<table><tr><td>no header</td></tr></table><a href=\"#\"></a></main></body></html>");
    driver.get(bad.toUri().toString());
    assertThat(axe(driver)).anyMatch(v -> v.startsWith("image-alt"))
        .anyMatch(v -> v.startsWith("color-contrast")).anyMatch(v -> v.startsWith("link-name"))
        .anyMatch(v -> v.startsWith("html-has-lang"));
  }

  @Test
  void noLinkIsBrokenAndEveryAnchorExists() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<String> broken = new ArrayList<>();
    Map<String, Integer> checked = new LinkedHashMap<>();
    linksFrom.forEach((page, links) -> {
      for (String link : links) {
        if (!link.startsWith(origin + "/")) {
          broken.add(page + " links outside the publication: " + link);
          continue;
        }
        String target = link.replaceFirst("#.*$", "");
        String fragment = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
        if (visits.containsKey(target)) {
          if (!fragment.isEmpty() && Jsoup.parse(visits.get(target).html()).getElementById(fragment) == null) {
            broken.add(page + " links to a missing anchor: " + link);
          }
          continue;
        }
        Integer status = checked.computeIfAbsent(target, t -> {
          try {
            return http.send(HttpRequest.newBuilder(URI.create(t)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (IOException | InterruptedException e) {
            return -1;
          }
        });
        if (status != 200) {
          broken.add(page + " links to " + link + ": HTTP " + status);
        }
      }
    });
    assertThat(broken).isEmpty();
    // the data page reaches every published table as CSV and Parquet, and the data dictionary
    assertThat(checked.keySet()).contains(origin + "/csv/force_scores.csv", origin + "/data/force_scores/part-00000.parquet",
        origin + "/csv/data-dictionary.csv", origin + "/charts/level-distribution.svg", origin + "/charts/radar-kent.png");
  }

  @Test
  void noPageRequestsAnythingOutsideThePublicationAndEveryPageHasItsStyleScriptAndMarking() {
    visits.forEach((url, visit) -> {
      assertThat(visit.requests()).as(url).allMatch(r -> r.startsWith(origin + "/dashboard/assets/"));
      assertThat(visit.requests()).as(url).anyMatch(r -> r.endsWith("style.css")).anyMatch(r -> r.endsWith("tables.js"));
      assertThat(visit.markingColour()).as(url + ": the style sheet applies").isEqualTo("rgb(11, 12, 12)");
      assertThat(visit.enhanced()).as(url + ": the script made the tables sortable").isTrue();
      assertThat(visit.marking()).as(url).isEqualTo("OFFICIAL \u2013 PROVISIONAL");
      Document page = Jsoup.parse(visit.html());
      assertThat(page.select(".marking")).as(url + ": marking at the top and foot").hasSize(2);
      assertThat(page.select(".notice").text()).as(url).startsWith("Provisional.");
      assertThat(page.select("h1")).as(url).hasSize(1);
      assertThat(page.select("script:not([src])")).as(url + ": no inline script").isEmpty();
    });
  }

  @Test
  void theIndexShowsThePublishedScoresLevelsAndRanks() throws IOException {
    Document index = Jsoup.parse(visits.get(origin + "/dashboard/index.html").html());
    List<CSVRecord> forces = records("force_scores");
    Map<String, Element> rows = new LinkedHashMap<>();
    for (Element row : index.select("#forces-table tbody tr")) {
      rows.put(row.selectFirst("th").text(), row);
    }
    assertThat(rows).hasSize(forces.size());
    for (CSVRecord f : forces) {
      Element row = rows.get(f.get("force_name"));
      assertThat(row).as(f.get("force_name")).isNotNull();
      List<String> cells = row.select("td").eachText();
      assertThat(cells.get(0)).as(f.get("force_name") + " rank").isEqualTo(f.get("rank"));
      assertThat(cells.get(3)).as(f.get("force_name") + " level").isEqualTo(f.get("maturity_level") + " " + f.get("level_name"));
      assertThat(cells.get(4)).as(f.get("force_name") + " score").isEqualTo(percent(f.get("overall_score")));
    }
    // the level table counts the forces at each level
    for (Element row : index.select("#levels-table tbody tr")) {
      int level = Integer.parseInt(row.selectFirst("th").text().split(" ")[0]);
      long expected = forces.stream().filter(f -> Integer.parseInt(f.get("maturity_level")) == level).count();
      assertThat(row.select("td").get(1).text()).as("forces at level " + level).isEqualTo(String.valueOf(expected));
    }
  }

  @Test
  void eachForcePageShowsItsPublishedScoresDomainsAndRequirementStatuses() throws Exception {
    NetworkCode code = CodeLoader.load(SamplePublication.SAMPLES.resolve("network-code.yaml"));
    Map<String, String> domainTitles = code.domains().stream().collect(Collectors.toMap(Domain::id, Domain::title));
    Map<String, List<CSVRecord>> domains = records("domain_scores").stream()
        .collect(Collectors.groupingBy(r -> r.get("force_code")));
    Map<String, List<CSVRecord>> requirements = records("requirement_results").stream()
        .collect(Collectors.groupingBy(r -> r.get("force_code")));
    Map<String, String> slugs = new LinkedHashMap<>();
    for (CSVRecord f : CSVParser.parse(SamplePublication.SAMPLES.resolve("forces.csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      slugs.put(f.get("force_code"), f.get("slug"));
    }
    int checkedRequirements = 0;
    for (CSVRecord f : records("force_scores")) {
      String url = origin + "/dashboard/forces/" + slugs.get(f.get("force_code")) + ".html";
      assertThat(visits).as(url).containsKey(url);
      Document page = Jsoup.parse(visits.get(url).html());
      String name = f.get("force_name");
      assertThat(page.selectFirst("h1").text()).isEqualTo(name);
      assertThat(page.selectFirst("#force-score").text()).as(name).isEqualTo(percent(f.get("overall_score")));
      assertThat(page.selectFirst("#force-level").text()).as(name).isEqualTo(f.get("maturity_level") + " " + f.get("level_name"));
      assertThat(page.selectFirst("#force-rank").text()).as(name).startsWith(f.get("rank") + " of 43");
      Map<String, String> shown = new LinkedHashMap<>();
      for (Element row : page.select("#domains-table tbody tr")) {
        shown.put(row.selectFirst("th").text(), row.select("td").get(0).text());
      }
      for (CSVRecord d : domains.get(f.get("force_code"))) {
        assertThat(shown.get(domainTitles.get(d.get("domain_id")))).as(name + " " + d.get("domain_id"))
            .isEqualTo(d.get("score").isEmpty() ? "No score" : percent(d.get("score")));
      }
      for (CSVRecord r : requirements.get(f.get("force_code"))) {
        Element row = page.getElementById("req-" + r.get("requirement_id"));
        assertThat(row).as(name + " " + r.get("requirement_id")).isNotNull();
        List<String> cells = row.select("td").eachText();
        assertThat(cells.get(1)).as(name + " " + r.get("requirement_id") + " status").endsWith(words(r.get("status")));
        assertThat(cells.get(2)).as(name + " " + r.get("requirement_id") + " score")
            .isEqualTo(r.get("score").isEmpty() ? "Left out" : percent(r.get("score")));
        assertThat(cells.get(3)).isEqualTo(r.get("reason"));
        checkedRequirements++;
      }
    }
    assertThat(checkedRequirements).isEqualTo(43 * 38);
  }

  @Test
  void tablesSortAndFilterWithScriptAndShowEveryRowWithout() {
    driver.get(origin + "/dashboard/index.html");
    WebElement score = driver.findElement(By.xpath("//table[@id='forces-table']//th[button[normalize-space()='Overall score']]"));
    score.findElement(By.tagName("button")).click();
    assertThat(score.getDomAttribute("aria-sort")).isEqualTo("ascending");
    List<String> ascending = driver.findElements(By.cssSelector("#forces-table tbody tr td:first-child")).stream()
        .map(WebElement::getText).toList();
    assertThat(ascending.get(0)).as("lowest score first: the last rank").isEqualTo("43");
    driver.findElement(By.id("forces-filter")).sendKeys("wales");
    long shown = driver.findElements(By.cssSelector("#forces-table tbody tr")).stream().filter(WebElement::isDisplayed).count();
    assertThat(shown).isEqualTo(4);
    assertThat(driver.findElement(By.cssSelector("[data-filter-for='forces-table'] .filter-status")).getText())
        .isEqualTo("Showing 4 of 43 forces.");

    // requirements start in the code's order; status sorts best first, not by its symbol
    driver.get(origin + "/dashboard/forces/kent.html");
    List<String> inCodeOrder = ids();
    driver.findElement(By.xpath("//table[@id='requirements-table']//th[button[normalize-space()='Requirement']]/button")).click();
    List<String> reversed = new ArrayList<>(inCodeOrder);
    java.util.Collections.reverse(reversed);
    assertThat(ids()).isEqualTo(reversed);
    driver.findElement(By.xpath("//table[@id='requirements-table']//th[button[normalize-space()='Status']]/button")).click();
    List<String> statuses = driver.findElements(By.cssSelector("#requirements-table tbody tr td:nth-child(3)")).stream()
        .map(e -> e.getText().replaceAll("^\\S+ ", "")).toList();
    List<String> order = List.of("Met", "Partial", "Not met", "No evidence", "Not applicable");
    assertThat(statuses).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));

    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(origin + "/dashboard/index.html");
      assertThat(driver.findElements(By.cssSelector("#forces-table tbody tr")).stream().filter(WebElement::isDisplayed))
          .hasSize(43);
      assertThat(driver.findElement(By.cssSelector("[data-filter-for='forces-table']")).isDisplayed())
          .as("the filter, which needs the script, is not offered without it").isFalse();
      assertThat(driver.findElements(By.cssSelector("button.sort"))).isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void pagesReflowAt320PixelsAndPrintWithoutNavigation() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    try {
      for (String page : List.of("index.html", "forces/kent.html", "methodology.html", "data.html")) {
        Browser.width(driver, 320, true);
        driver.get(origin + "/dashboard/" + page);
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as(page + " scrolls sideways at 320 px").isLessThanOrEqualTo(320);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("nav[aria-label='Main']")).isDisplayed()).as(page).isFalse();
        assertThat(driver.findElement(By.cssSelector(".marking")).isDisplayed()).as(page).isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
      for (String page : List.of("index.html", "forces/kent.html")) {
        for (int width : List.of(1280, 375)) {
          Browser.width(driver, width, width < 600);
          driver.get(origin + "/dashboard/" + page);
          Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
              Map.of("format", "png", "captureBeyondViewport", true));
          Files.write(SCREENSHOTS.resolve(page.replace('/', '-').replace(".html", "") + "-" + width + ".png"),
              OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
        }
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void theDashboardOpensFromTheFileSystemWithItsStyleAndScript() {
    driver.get(year.resolve("dashboard/forces/kent.html").toUri().toString());
    assertThat(driver.findElement(By.cssSelector(".marking")).getCssValue("background-color")).isEqualTo("rgba(11, 12, 12, 1)");
    assertThat(driver.findElements(By.cssSelector("#requirements-table button.sort"))).hasSize(8);
  }

  /**
   * Runs axe-core (the copy inside Deque's Selenium package) on the page for the WCAG 2.2 A and AA
   * rules, asking only for violations: each as "rule (help): elements".
   */
  @SuppressWarnings("unchecked")
  private static List<String> axe(ChromeDriver browser) {
    browser.executeScript(AXE);
    List<Object> found = (List<Object>) browser.executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(function (r) {
            done(r.violations.map(function (v) {
              return v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ');
            }));
          }, function (e) { done(['axe could not run: ' + e]); });""", WCAG);
    return found.stream().map(String::valueOf).toList();
  }

  private static List<String> ids() {
    return driver.findElements(By.cssSelector("#requirements-table tbody tr")).stream().map(e -> e.getDomAttribute("id")).toList();
  }

  private static String axeScript() {
    try (var in = DashboardBrowserTest.class.getResourceAsStream("/axe.min.js")) {
      return new String(java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String percent(String fraction) {
    return new BigDecimal(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String words(String status) {
    return switch (status) {
      case "MET" -> "Met";
      case "PARTIAL" -> "Partial";
      case "NOT_MET" -> "Not met";
      case "NO_EVIDENCE" -> "No evidence";
      default -> "Not applicable";
    };
  }

  private static List<CSVRecord> records(String table) throws IOException {
    try (var parser = CSVParser.parse(year.resolve("csv/" + table + ".csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }
}
