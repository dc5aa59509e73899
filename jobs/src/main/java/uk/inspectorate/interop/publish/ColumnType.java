package uk.inspectorate.interop.publish;

import java.time.LocalDate;
import java.util.Locale;

/** The types a published column may have, with the Java value each holds and how CSV text reads back. */
public enum ColumnType {
  STRING(String.class),
  INTEGER(Integer.class),
  LONG(Long.class),
  DOUBLE(Double.class),
  BOOLEAN(Boolean.class),
  DATE(LocalDate.class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The name in the data dictionary: string, integer, long, double, boolean or date. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a value (null for an empty cell) is of this type. */
  public boolean holds(Object value) {
    return value == null || javaType.isInstance(value);
  }

  /**
   * A published CSV cell read back as this type; empty reads as null.
   *
   * @throws IllegalArgumentException when the text is not of this type
   */
  public Object parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return switch (this) {
      case STRING -> text;
      case INTEGER -> Integer.valueOf(text);
      case LONG -> Long.valueOf(text);
      case DOUBLE -> Double.valueOf(text);
      case BOOLEAN -> switch (text) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("expected true or false, found '" + text + "'");
      };
      case DATE -> LocalDate.parse(text);
    };
  }
}
