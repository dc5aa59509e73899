package uk.inspectorate.interop;

/** An option or setting cannot be used (a bad date, an unsafe path); the command exits 2. */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }
}
