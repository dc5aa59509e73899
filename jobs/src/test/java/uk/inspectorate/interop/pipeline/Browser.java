package uk.inspectorate.interop.pipeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the dashboard's tests, with Debian's chromium and chromedriver (which
 * .ci/run installs), and a web server on 127.0.0.1 serving one folder read-only. Without the
 * browser the tests are skipped, unless INTEROP_REQUIRE_BROWSER is set (as CI sets it), when
 * they fail.
 */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("INTEROP_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException("Headless Chromium is required: install Debian's chromium and chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
  }

  /** A fresh headless Chromium that makes no request of its own beyond the pages it is sent to. */
  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    return driver;
  }

  /** Emulates a screen {@code width} CSS pixels wide, e.g. 320 for the narrowest phone. */
  static void width(ChromeDriver driver, int width, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", mobile ? 800 : 900, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Serves {@code root} at http://127.0.0.1:PORT/, GET only, with the content types a web server would give. */
  static HttpServer serve(Path root) throws IOException {
    Path base = root.toRealPath();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        Path file = base.resolve(URI.create(exchange.getRequestURI().getPath()).getPath().substring(1)).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file) || !exchange.getRequestMethod().matches("GET|HEAD")) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        byte[] body = Files.readAllBytes(file);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    });
    server.start();
    return server;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "csv" -> "text/csv; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
