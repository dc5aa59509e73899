package uk.inspectorate.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report package renders plain records: it must not touch Spark, so it stays fast to test and easy to change. */
class ArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("uk.inspectorate.interop");

  @Test
  void reportImportsNoSparkClass() {
    noClasses().that().resideInAPackage("..report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
        .because("the report package renders plain Java records (DESIGN.md section 2)")
        .check(classes);
  }

  @Test
  void codeLoadingDoesNotNeedASparkSession() {
    noClasses().that().resideInAPackage("..code..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.SparkSession")
        .because("check-code validates a code file before, and without, starting Spark")
        .check(classes);
  }
}
