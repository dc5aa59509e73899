package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.ingest.CsvLayout;
import uk.inspectorate.interop.ingest.InputSpec;

class ExportOutputTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<String> RECORDS_SYSTEM = List.of("E23000036", "AS-000001", "application",
      "command_control", "Niche Technology", "Niche RMS", "5.0", "2022-11-18", "", "private_cloud",
      "POLE;SOAP-XML", "PNC;PND", "E23000035", "false", "true", "PALZ", "4793", "235610");

  @TempDir
  Path temp;

  @Test
  void avonAndSomersetIsAWindowsToolsExport() throws IOException {
    RowSink.Position position;
    try (ExportOutput out = new ExportOutput(temp.resolve("inventory"), InventoryExport.AVON_AND_SOMERSET)) {
      position = out.write(RECORDS_SYSTEM);
    }

    byte[] bytes = Files.readAllBytes(temp.resolve("inventory/avon-and-somerset-export.csv"));
    assertThat(position).isEqualTo(new RowSink.Position("inventory/avon-and-somerset-export.csv", 2));
    assertThat(isUtf8(bytes)).as("the pound sign and accents are single Windows-1252 bytes").isFalse();
    assertThat(bytes).contains((byte) 0xA3, (byte) 0xE9);
    assertThat(new String(bytes, WINDOWS_1252)).isEqualTo(
        "Asset Ref;Force;Class;Category;Supplier;System;Version;Go Live;End of Life;Hosted;Standards;"
            + "National Services;Partners;API;Single Sign On;Accreditations;User Count;Annual Cost;Notes\r\n"
            + "AS-000001;E23000036;application;command_control;Niche Technology;Niche RMS;5.0;18/11/2022;;"
            + "private_cloud;\"POLE;SOAP-XML\";\"PNC;PND\";E23000035;No;Yes;PALZ;4,793;£235,610;"
            + "Géré par le fournisseur\r\n");
  }

  @Test
  void kentIsUtf8WithAByteOrderMarkAndAnOwnerOverTwoLines() throws IOException {
    List<String> plain = new ArrayList<>(RECORDS_SYSTEM);
    plain.set(Asset.HEADER.indexOf("category"), "network");
    List<RowSink.Position> positions = new ArrayList<>();
    try (ExportOutput out = new ExportOutput(temp.resolve("inventory"), InventoryExport.KENT)) {
      positions.add(out.write(RECORDS_SYSTEM));
      positions.add(out.write(plain));
      assertThat(out.rows()).isEqualTo(2);
    }

    byte[] bytes = Files.readAllBytes(temp.resolve("inventory/kent-export.csv"));
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(positions).extracting(RowSink.Position::line).containsExactly(2L, 4L);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
        "asset_id,force_code,category,asset_class,product,Owner,vendor,version,hosting,deployed_on,end_of_support,"
            + "users,annual_cost_gbp,open_api,sso,standards,national_links,sharing_partners,accreditation\n"
            + "AS-000001,E23000036,command_control,application,Niche RMS,\"Force Control Room\n(Contact Management)\","
            + "Niche Technology,5.0,private_cloud,2022-11-18,,4793,235610,FALSE,TRUE,POLE;SOAP-XML,PNC;PND,E23000035,PALZ\n"
            + "AS-000001,E23000036,network,application,Niche RMS,ICT Infrastructure,"
            + "Niche Technology,5.0,private_cloud,2022-11-18,,4793,235610,FALSE,TRUE,POLE;SOAP-XML,PNC;PND,E23000035,PALZ\n");
    assertThat(GeneratorFixtures.inventoryRowAt(temp.resolve("inventory/kent-export.csv"), 4))
        .containsEntry("category", "network");
  }

  @Test
  void plantedDefectsAreWrittenAsTheyAreSoTheyStayDefects() throws IOException {
    List<String> unreadable = new ArrayList<>(RECORDS_SYSTEM);
    unreadable.set(Asset.ASSET_ID, "");
    unreadable.set(Asset.END_OF_SUPPORT, "31/13/2026");
    List<String> notKnown = new ArrayList<>(RECORDS_SYSTEM);
    notKnown.set(Asset.END_OF_SUPPORT, "not known");
    try (ExportOutput out = new ExportOutput(temp.resolve("inventory"), InventoryExport.AVON_AND_SOMERSET)) {
      out.write(unreadable);
      out.write(notKnown);
    }

    List<Map<String, String>> rows =
        GeneratorFixtures.readInventoryFile(temp.resolve("inventory/avon-and-somerset-export.csv"));
    assertThat(rows).extracting(r -> r.get("asset_id")).containsExactly("", "AS-000001");
    assertThat(rows).extracting(r -> r.get("end_of_support")).containsExactly("31/13/2026", "not known");
  }

  @Test
  void eachExportReadsBackAsTheCanonicalRecord() throws IOException {
    for (InventoryExport export : InventoryExport.values()) {
      Path folder = temp.resolve(export.name());
      try (ExportOutput out = new ExportOutput(folder, export)) {
        out.write(RECORDS_SYSTEM);
      }

      Map<String, String> row = GeneratorFixtures.readInventoryFile(folder.resolve(export.fileName())).get(0);
      assertThat(row.keySet()).as(export.name()).containsExactlyInAnyOrderElementsOf(Asset.HEADER);
      assertThat(Asset.HEADER.stream().map(row::get).toList()).as(export.name()).isEqualTo(RECORDS_SYSTEM);
    }
  }

  @Test
  void everyHeaderNameIsOneTheReaderAcceptsButTheExtraColumn() {
    for (InventoryExport export : InventoryExport.values()) {
      List<String> canonical = export.header().stream()
          .map(h -> InputSpec.INVENTORY.canonical(CsvLayout.normalise(h))).toList();
      assertThat(canonical.stream().filter(Objects::nonNull).toList()).as(export.name())
          .containsExactlyInAnyOrderElementsOf(Asset.HEADER);
      assertThat(canonical).as(export.name()).containsOnlyOnce((String) null);
      assertThat(canonical).as("a different order from the contract's").isNotEqualTo(Asset.HEADER);
    }
  }

  @Test
  void refusesTextTheEncodingCannotHold() throws IOException {
    List<String> record = new ArrayList<>(RECORDS_SYSTEM);
    record.set(Asset.HEADER.indexOf("product"), "Call handling \u260E");
    try (ExportOutput out = new ExportOutput(temp.resolve("inventory"), InventoryExport.AVON_AND_SOMERSET)) {
      assertThatThrownBy(() -> out.write(record))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Cannot write 'Call handling \u260E' to inventory/avon-and-somerset-export.csv: it has "
              + "characters that windows-1252 cannot hold");
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
