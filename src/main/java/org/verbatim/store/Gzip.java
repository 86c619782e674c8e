package org.verbatim.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Source bytes as stored: GZIP, whose CRC also tells a damaged row from a good one, and which any
 * tool can unpack from a copy of the database.
 */
final class Gzip {

  static final String NAME = "gzip";

  private Gzip() {}

  static byte[] pack(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not compress " + bytes.length + " bytes in memory", e);
    }
    return out.toByteArray();
  }

  /** The bytes {@link #pack} was given; fails naming {@code what} when they are damaged. */
  static byte[] unpack(byte[] packed, String what) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      return gzip.readAllBytes();
    } catch (IOException e) {
      throw new StoreException(
          "The stored bytes of " + what + " are damaged: " + e.getMessage(), e);
    }
  }
}
