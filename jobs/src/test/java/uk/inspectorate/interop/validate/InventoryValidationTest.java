package uk.inspectorate.interop.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.ingest.InputReader;
import uk.inspectorate.interop.ingest.InputSpec;
import uk.inspectorate.interop.ingest.RawInput;

/** Each row of a small messy inventory is either used or rejected with the reason an inspector can act on. */
class InventoryValidationTest {
  static final List<String> FORCES = List.of("E23000013", "E23000008");

  @TempDir
  Path dir;

  @Test
  void badRowsAreRejectedWithTheirReasonAndGoodRowsKept() throws Exception {
    Path inventory = Files.createDirectories(dir.resolve("inventory"));
    // Semicolons, columns in another order, an alias (Supplier), UK dates and Yes/No: all accepted.
    Files.writeString(inventory.resolve("cleveland.csv"), String.join("\n",
        "Asset ID;Force Code;Asset Class;Category;Supplier;End of Support;Open API;Standards",
        "A1;E23000013;application;records_management;Niche;31/03/2027;Yes;\"POLE;REST-JSON\"",
        "A2;E23000013;application;command_control;Capita;2024-12-31;no;",
        "A1;E23000013;application;custody;Other;;;",
        "A3;E23000099;application;custody;Other;;;",
        "A4;E23000013;gadget;custody;Other;;;",
        "A5;E23000013;application;custody;Other;31/13/2025;;",
        ";E23000013;device;radio;Motorola;;maybe;",
        "\"A6\";E23000008;device;\"radio",
        "handset\";Motorola;2030-01-01;;ESN") + "\n", StandardCharsets.UTF_8);

    RawInput raw = new InputReader(TestSpark.session()).read(InputSpec.INVENTORY, inventory.toUri().toString(), "2026/inventory");
    List<Row> rows = InputRules.inventory(raw.rows(), FORCES, java.time.LocalDate.of(2026, 3, 31)).orderBy("_record").collectAsList();

    Map<Long, String> reasons = new TreeMap<>();
    rows.forEach(r -> reasons.put(r.getAs("_record"), r.isNullAt(r.fieldIndex(Validation.REJECT_REASON)) ? "used" : r.getAs(Validation.REJECT_REASON)));
    assertThat(reasons).containsExactly(
        Map.entry(2L, "used"),
        Map.entry(3L, "used"),
        Map.entry(4L, "the same asset_id appears earlier for this force (first at inventory/cleveland.csv record 2)"),
        Map.entry(5L, "force_code 'E23000099' is not in forces.csv"),
        Map.entry(6L, "asset_class 'gadget' is not one of [application, device, infrastructure, service]"),
        Map.entry(7L, "end_of_support '31/13/2025' is not a date (yyyy-MM-dd or dd/MM/yyyy)"),
        Map.entry(8L, "asset_id is empty; open_api 'maybe' is not true or false (or yes/no)"),
        Map.entry(9L, "used"));
    Row first = rows.get(0);
    assertThat(first.<String>getAs("vendor")).isEqualTo("Niche");
    assertThat(first.getAs("end_of_support").toString()).isEqualTo("2027-03-31");
    assertThat(first.<Boolean>getAs("open_api")).isTrue();
    assertThat(first.getList(first.fieldIndex("standards"))).containsExactly("POLE", "REST-JSON");
    assertThat(rows.get(7).<String>getAs("category")).isEqualTo("radio\nhandset");
    assertThat(rows.get(0).<String>getAs(Validation.REJECT_RULE)).isNull();
    assertThat(rows.get(6).<String>getAs(Validation.REJECT_RULE)).isEqualTo("missing_asset_id");
    assertThat(raw.files()).singleElement().satisfies(f -> assertThat(f.layout()).isEqualTo("UTF-8, ';'-delimited"));
  }

  @Test
  void textThatDidNotDecodeIsRejectedNotKeptGarbled() {
    var rows = TestSpark.session().createDataFrame(List.of(
            org.apache.spark.sql.RowFactory.create("Soci\uFFFDt\uFFFD", "E23000013"),
            org.apache.spark.sql.RowFactory.create("Niche", "E23000013")),
        new org.apache.spark.sql.types.StructType().add("vendor", "string").add("force_code", "string"));
    List<Row> checked = Validation.apply(rows, List.of(Validation.decodable(List.of("vendor", "force_code"))))
        .collectAsList();
    assertThat(checked.get(0).<String>getAs(Validation.REJECT_REASON))
        .isEqualTo("holds characters that could not be decoded (shown as \uFFFD); save the file as UTF-8 and send it again");
    assertThat(checked.get(1).<String>getAs(Validation.REJECT_REASON)).isNull();
  }

  @Test
  void aMissingRequiredColumnStopsTheRunNamingTheFile() throws Exception {
    Path inventory = Files.createDirectories(dir.resolve("inventory"));
    Files.writeString(inventory.resolve("durham.csv"), "force_code,asset_id,category\nE23000008,A1,radio\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            new InputReader(TestSpark.session()).read(InputSpec.INVENTORY, inventory.toUri().toString(), "2026/inventory"))
        .isInstanceOf(uk.inspectorate.interop.UnusableInputException.class)
        .hasMessage("Cannot read 2026/inventory/durham.csv: the header has no column asset_class (required); "
            + "found [force_code, asset_id, category]. Rename the column or add it; accepted names are listed in README, Inputs.");
  }
}
