package org.verbatim.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes. */
public final class Hashes {

  private Hashes() {}

  /**
   * Lower-case hex SHA-256 of the first {@code length} bytes of {@code bytes} followed by
   * {@code tail}.
   */
  public static String sha256Hex(byte[] bytes, int length, byte[] tail) {
    MessageDigest sha = sha256();
    sha.update(bytes, 0, length);
    sha.update(tail);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK has no SHA-256", e);
    }
  }
}
