package uk.inspectorate.interop.validate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.api.java.UDF1;

/**
 * Replaces a respondent identifier with HMAC-SHA256(key, identifier) in hex: the same person
 * gets the same pseudonym under the same key, and without the key the identifier cannot be
 * recovered or tested for. The key is never written anywhere.
 */
public final class Pseudonymiser implements UDF1<String, String> {
  private static final long serialVersionUID = 1L;
  private final byte[] key;
  private transient Mac mac;

  public Pseudonymiser(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("A pseudonym key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  @Override
  public String call(String identifier) throws GeneralSecurityException {
    if (identifier == null || identifier.isBlank()) {
      return null;
    }
    if (mac == null) {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    }
    return HexFormat.of().formatHex(mac.doFinal(identifier.strip().getBytes(StandardCharsets.UTF_8)));
  }
}
