package uk.inspectorate.interop.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The inventories that two forces send as their asset tool exports them, instead of in the
 * contract layout of {@code inventory.csv}: other encodings, delimiters, header names, column
 * order and spellings of the same values, plus a column the reader must set aside. They exist so
 * that the samples exercise the reader's tolerance; every value still reads back to what the
 * contract file would have held.
 *
 * <p>Constants are in force-code order, the order the generator writes forces in.
 */
enum InventoryExport {
  /** UTF-8 with a byte-order mark, contract names in another order, and an {@code Owner} column. */
  KENT("E23000032", "kent-export.csv", StandardCharsets.UTF_8, true, ',', "\n", List.of(
      same("asset_id"), same("force_code"), same("category"), same("asset_class"), same("product"),
      new Column("Owner", InventoryExport::owner),
      same("vendor"), same("version"), same("hosting"), same("deployed_on"), same("end_of_support"),
      same("users"), same("annual_cost_gbp"),
      new Column("open_api", upperCase("open_api")), new Column("sso", upperCase("sso")),
      same("standards"), same("national_links"), same("sharing_partners"), same("accreditation"))),

  /**
   * A Windows tool's export: Windows-1252, semicolons, CRLF line ends, the tool's own column names
   * (accepted aliases), UK dates, Yes/No, grouped numbers and pound signs, and free-text notes.
   */
  AVON_AND_SOMERSET("E23000036", "avon-and-somerset-export.csv", Charset.forName("windows-1252"), false, ';', "\r\n",
      List.of(
          new Column("Asset Ref", value("asset_id")), new Column("Force", value("force_code")),
          new Column("Class", value("asset_class")), new Column("Category", value("category")),
          new Column("Supplier", value("vendor")), new Column("System", value("product")),
          new Column("Version", value("version")),
          new Column("Go Live", ukDate("deployed_on")), new Column("End of Life", ukDate("end_of_support")),
          new Column("Hosted", value("hosting")), new Column("Standards", value("standards")),
          new Column("National Services", value("national_links")), new Column("Partners", value("sharing_partners")),
          new Column("API", yesNo("open_api")), new Column("Single Sign On", yesNo("sso")),
          new Column("Accreditations", value("accreditation")),
          new Column("User Count", grouped("users", "")), new Column("Annual Cost", grouped("annual_cost_gbp", "£")),
          new Column("Notes", InventoryExport::note)));

  /** One column of an export: its header as the tool writes it, and its text from the canonical record. */
  record Column(String header, Function<List<String>, String> value) {}

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /**
   * Who looks after each kind of system, as Kent's tool records it. Two owners break over a line,
   * as a multi-line cell in a spreadsheet does, so that the sample has quoted line breaks in a
   * column the reader does not read.
   */
  private static final Map<String, String> OWNERS = Map.ofEntries(
      Map.entry("command_control", "Force Control Room\n(Contact Management)"),
      Map.entry("digital_evidence", "Digital Evidence Unit\n(Criminal Justice)"),
      Map.entry("radio", "Contact Management"), Map.entry("public_contact", "Contact Management"),
      Map.entry("records_management", "Information Management"), Map.entry("case_file", "Information Management"),
      Map.entry("intelligence", "Information Management"), Map.entry("custody", "Information Management"),
      Map.entry("document_management", "Information Management"),
      Map.entry("national_systems", "Information Management"),
      Map.entry("hosting", "ICT Infrastructure"), Map.entry("network", "ICT Infrastructure"),
      Map.entry("database", "ICT Infrastructure"), Map.entry("telephony", "ICT Infrastructure"),
      Map.entry("identity", "ICT Infrastructure"), Map.entry("cyber_security", "ICT Infrastructure"),
      Map.entry("end_user_device", "ICT Service Desk"), Map.entry("mobile_device", "ICT Service Desk"),
      Map.entry("productivity", "ICT Service Desk"),
      Map.entry("hr_finance", "Corporate Services"), Map.entry("fleet", "Corporate Services"));

  /**
   * Free text some rows of Avon and Somerset's export carry. The accented letters, pound sign, dash
   * and curly quotes all exist in Windows-1252 but are not valid UTF-8 bytes there, so a file read
   * in the wrong encoding shows it at once; two notes hold the delimiter and one straight quotes.
   */
  private static final Map<String, String> NOTES = Map.of(
      "command_control", "Géré par le fournisseur",
      "hr_finance", "Café system – canteen tills share the server",
      "body_worn_video", "Renewal due; budget £40,000 approved",
      "digital_forensics", "Imaging kit from Müller & Söhne, calibrated yearly",
      "fleet", "Staff call it “the tracker”",
      "case_file", "Replaces \"CMS Classic\"; data migrated");

  private final String forceCode;
  private final String fileName;
  private final Charset charset;
  private final boolean byteOrderMark;
  private final char delimiter;
  private final String recordSeparator;
  private final List<Column> columns;

  InventoryExport(String forceCode, String fileName, Charset charset, boolean byteOrderMark, char delimiter,
      String recordSeparator, List<Column> columns) {
    this.forceCode = forceCode;
    this.fileName = fileName;
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
    this.delimiter = delimiter;
    this.recordSeparator = recordSeparator;
    this.columns = columns;
  }

  /** The force whose rows go to this export instead of the main inventory file. */
  String forceCode() {
    return forceCode;
  }

  /** The file name within the inventory folder. */
  String fileName() {
    return fileName;
  }

  Charset charset() {
    return charset;
  }

  boolean byteOrderMark() {
    return byteOrderMark;
  }

  char delimiter() {
    return delimiter;
  }

  String recordSeparator() {
    return recordSeparator;
  }

  /** The header as the tool writes it, in its own order. */
  List<String> header() {
    return columns.stream().map(Column::header).toList();
  }

  /** The export's fields for one canonical record ({@link Asset#HEADER} order). */
  List<String> fields(List<String> canonicalRecord) {
    return columns.stream().map(c -> c.value().apply(canonicalRecord)).toList();
  }

  /** The export of the force, if it sends one. */
  static InventoryExport of(String forceCode) {
    for (InventoryExport export : values()) {
      if (export.forceCode.equals(forceCode)) {
        return export;
      }
    }
    return null;
  }

  private static Column same(String canonical) {
    return new Column(canonical, value(canonical));
  }

  private static Function<List<String>, String> value(String canonical) {
    int index = Asset.HEADER.indexOf(canonical);
    if (index < 0) {
      throw new IllegalArgumentException("No inventory column " + canonical);
    }
    return record -> record.get(index);
  }

  private static Function<List<String>, String> upperCase(String canonical) {
    return value(canonical).andThen(v -> v.toUpperCase(Locale.ROOT));
  }

  private static Function<List<String>, String> yesNo(String canonical) {
    return value(canonical).andThen(onlyIf("true|false", v -> v.equals("true") ? "Yes" : "No"));
  }

  /**
   * ISO dates as {@code 31/03/2026}. Anything else is left as it is: empty means unknown, and a
   * planted unreadable date must stay unreadable.
   */
  private static Function<List<String>, String> ukDate(String canonical) {
    return value(canonical).andThen(onlyIf("\\d{4}-\\d{2}-\\d{2}", v -> LocalDate.parse(v).format(UK_DATE)));
  }

  private static Function<List<String>, String> grouped(String canonical, String prefix) {
    return value(canonical).andThen(onlyIf("\\d+", v -> prefix + String.format(Locale.UK, "%,d", Long.parseLong(v))));
  }

  private static UnaryOperator<String> onlyIf(String pattern, UnaryOperator<String> respell) {
    return v -> v.matches(pattern) ? respell.apply(v) : v;
  }

  private static String owner(List<String> record) {
    return OWNERS.getOrDefault(record.get(Asset.HEADER.indexOf("category")), "Digital Services");
  }

  private static String note(List<String> record) {
    return NOTES.getOrDefault(record.get(Asset.HEADER.indexOf("category")), "");
  }
}
