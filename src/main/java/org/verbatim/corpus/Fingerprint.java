package org.verbatim.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an export: the SHA-256 of the UTF-8 text made of one line
 * {@code ID VERSION\n} per exported publication, in id order (Java's {@code String} order, the
 * index's). Two exports with the same fingerprint hold the same versions of the same
 * publications; anyone can recompute it from an export's ids and versions. Not thread-safe.
 */
public final class Fingerprint {

  /** How the fingerprint is made, as the manifest states it. */
  public static final String METHOD =
      "SHA-256 of one line 'ID VERSION\\n' per exported publication, in id order";

  private final MessageDigest digest;
  private String last;
  private long count;

  public Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK has no SHA-256", e);
    }
  }

  /**
   * Adds publication {@code id} at {@code version}.
   *
   * @throws IllegalArgumentException when {@code id} does not come after the last id added
   */
  public void add(String id, int version) {
    if (last != null && last.compareTo(id) >= 0) {
      throw new IllegalArgumentException("Publication ids must come in order: '" + id
          + "' after '" + last + "'");
    }
    last = id;
    count++;
    digest.update((id + " " + version + "\n").getBytes(UTF_8));
  }

  /** How many publications were added. */
  public long count() {
    return count;
  }

  /** The fingerprint so far, as lower-case hex; adding more afterwards is an error. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
