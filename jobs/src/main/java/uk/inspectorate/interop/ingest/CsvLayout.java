package uk.inspectorate.interop.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the driver learns from the start of a CSV file before Spark reads it: the encoding, the
 * delimiter and the header's column names. Sniffing here means every file of an input can differ
 * (one exported with a BOM and semicolons, another plain) and still be read by name.
 *
 * @param bom whether the file starts with a UTF-8 byte-order mark (Spark then sees it in the
 *     first header name, which {@link #header} has already cleaned)
 */
public record CsvLayout(Charset charset, char delimiter, boolean bom, List<String> header) {

  private static final int SNIFF_BYTES = 64 * 1024;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reads up to 64 KB of {@code in} and works out the layout; null header when the file is empty. */
  public static CsvLayout sniff(InputStream in) throws IOException {
    byte[] head = in.readNBytes(SNIFF_BYTES);
    boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    byte[] body = java.util.Arrays.copyOfRange(head, start, head.length);
    Charset charset = isUtf8(body, head.length == SNIFF_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    String text = new String(body, charset);
    String firstLine = firstRecord(text);
    if (firstLine.isBlank()) {
      return new CsvLayout(charset, ',', bom, List.of());
    }
    char delimiter = delimiterOf(firstLine);
    return new CsvLayout(charset, delimiter, bom, splitHeader(firstLine, delimiter));
  }

  /** Normalises a header name for matching: trimmed, lower case, spaces and dashes as '_'. */
  public static String normalise(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-/.]+", "_").replaceAll("[^a-z0-9_]", "");
  }

  /** The delimiter that splits the header into the most fields, preferring ',' on a tie. */
  static char delimiterOf(String headerLine) {
    char best = ',';
    int bestCount = count(headerLine, ',');
    for (char candidate : new char[] {';', '\t', '|'}) {
      int n = count(headerLine, candidate);
      if (n > bestCount) {
        best = candidate;
        bestCount = n;
      }
    }
    return best;
  }

  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  private static String firstRecord(String text) {
    StringBuilder line = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      }
      if (!quoted && (ch == '\n' || ch == '\r')) {
        if (line.toString().isBlank()) {
          continue;
        }
        break;
      }
      line.append(ch);
    }
    return line.toString();
  }

  private static List<String> splitHeader(String line, char delimiter) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == delimiter && !quoted) {
        names.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    names.add(current.toString().strip());
    return names;
  }

  /**
   * Whether a chunk taken from the middle of a file is valid UTF-8, allowing for a character cut
   * at either end of the chunk.
   */
  public static boolean isUtf8Chunk(byte[] chunk) {
    int start = 0;
    while (start < chunk.length && start < 3 && (chunk[start] & 0xC0) == 0x80) {
      start++;
    }
    return isUtf8(java.util.Arrays.copyOfRange(chunk, start, chunk.length), true);
  }

  /** The same layout, read as Windows-1252. */
  public CsvLayout asWindows1252() {
    return new CsvLayout(WINDOWS_1252, delimiter, bom, header);
  }

  private static boolean isUtf8(byte[] bytes, boolean truncated) {
    int length = bytes.length;
    if (truncated) {
      // A multi-byte character may be cut at the end of the sample: ignore up to 3 trailing bytes.
      while (length > 0 && length > bytes.length - 3 && (bytes[length - 1] & 0xC0) == 0x80) {
        length--;
      }
      if (length > 0 && (bytes[length - 1] & 0x80) != 0) {
        length--;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** For messages: "UTF-8 with BOM, ';'-delimited". */
  /** UTF-8 without a byte-order mark, delimited by commas: the layout not worth remarking on. */
  public boolean usual() {
    return charset.equals(java.nio.charset.StandardCharsets.UTF_8) && !bom && delimiter == ',';
  }

  public String describe() {
    String d = switch (delimiter) {
      case '\t' -> "tab";
      default -> "'" + delimiter + "'";
    };
    return charset.displayName() + (bom ? " with BOM" : "") + ", " + d + "-delimited";
  }
}
