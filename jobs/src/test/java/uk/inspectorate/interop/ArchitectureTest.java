package uk.inspectorate.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages and the only arrows allowed between them. Each package of the application is
 * named here with the packages it may use; a dependency on any other package of the application
 * fails, and so does a package that is not named here (a new package is placed deliberately).
 */
class ArchitectureTest {
  private static final String ROOT = "uk.inspectorate.interop";

  /** Package (relative to the root; "" for the root itself) to the packages it may use. */
  static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("", List.of());
    ALLOWED.put("code", List.of(""));
    ALLOWED.put("ingest", List.of("", "code"));
    ALLOWED.put("validate", List.of("", "code", "ingest"));
    ALLOWED.put("score", List.of("", "code", "ingest"));
    ALLOWED.put("analysis", List.of("", "code"));
    ALLOWED.put("results", List.of("", "code", "ingest", "validate", "score", "analysis"));
    ALLOWED.put("publish", List.of("", "code", "validate", "score", "analysis", "results"));
    ALLOWED.put("report.chart", List.of("", "code", "ingest", "score", "analysis", "results"));
    ALLOWED.put("report", List.of("", "code", "ingest", "validate", "score", "analysis", "results", "report.chart"));
    ALLOWED.put("report.dashboard", List.of("", "code", "score", "analysis", "results", "publish", "report.chart",
        "report.dashboard.templates"));
    ALLOWED.put("report.dashboard.templates", List.of("report.dashboard"));
    ALLOWED.put("pipeline", List.of("", "code", "ingest", "validate", "score", "analysis", "results", "publish",
        "report", "report.chart", "report.dashboard"));
    ALLOWED.put("generate", List.of("", "code", "ingest", "report"));
    ALLOWED.put("cli", List.of("", "code", "ingest", "validate", "pipeline", "publish", "report", "generate"));
  }

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void everyPackageUsesOnlyThePackagesItIsAllowedTo() {
    for (Map.Entry<String, List<String>> entry : ALLOWED.entrySet()) {
      String[] forbidden = ALLOWED.keySet().stream()
          .filter(p -> !p.equals(entry.getKey()) && !entry.getValue().contains(p))
          .map(ArchitectureTest::qualified).toArray(String[]::new);
      noClasses().that().resideInAPackage(qualified(entry.getKey()))
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .because(qualified(entry.getKey()) + " may use only " + entry.getValue())
          .check(classes);
    }
  }

  @Test
  void everyPackageIsPlaced() {
    Set<String> packages = classes.stream().map(JavaClass::getPackageName)
        .map(p -> p.equals(ROOT) ? "" : p.substring(ROOT.length() + 1))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ALLOWED.keySet()).as("packages of the application; place a new one in ALLOWED")
        .containsAll(packages);
  }

  @Test
  void noReportOrResultsClassTouchesSpark() {
    noClasses().that().resideInAnyPackage(ROOT + ".report..", ROOT + ".results..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
        .because("the results model and the reports are plain Java records, fast to test and easy to change"
            + " (DESIGN.md section 2)")
        .check(classes);
  }

  @Test
  void codeLoadingDoesNotNeedASparkSession() {
    noClasses().that().resideInAPackage(ROOT + ".code..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.SparkSession")
        .because("check-code validates a code file before, and without, starting Spark")
        .check(classes);
  }

  private static String qualified(String relative) {
    return relative.isEmpty() ? ROOT : ROOT + "." + relative;
  }
}
