package org.verbatim.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.verbatim.input.RawPage;
import org.verbatim.parse.SourceCharset;

/**
 * The source of a publication's latest version as the store keeps it, compressed, to be read as
 * a stream ({@link TranscriptStore#packedSource}): a page of 100 MB is never unpacked whole into
 * memory to be sent.
 *
 * @param id      the publication's id
 * @param packed  the bytes as stored (GZIP)
 * @param size    the length of the page itself, unpacked
 * @param format  text or HTML
 * @param charset the charset its transport declared, or null
 */
public record PackedSource(String id, byte[] packed, long size, RawPage.Format format,
    String charset) {

  public PackedSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(packed, "packed");
    Objects.requireNonNull(format, "format");
  }

  /**
   * The charset the page is written in, as the parser decides it from its first
   * {@value SourceCharset#SAMPLE} bytes: KOI8-R, windows-1251, UTF-8…
   */
  public Charset readCharset() {
    try (InputStream in = open()) {
      return SourceCharset.of(in.readNBytes(SourceCharset.SAMPLE), format, charset);
    } catch (IOException e) {
      throw new StoreException("Could not read the source of publication " + id + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The page's bytes, unpacked as they are read; a damaged row fails the read with a
   * {@link StoreException} naming the publication.
   */
  public InputStream open() {
    try {
      return new GZIPInputStream(new ByteArrayInputStream(packed)) {
        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          try {
            return super.read(buf, off, len);
          } catch (IOException e) {
            throw new StoreException("The stored bytes of the source of publication " + id
                + " are damaged: " + e.getMessage(), e);
          }
        }
      };
    } catch (IOException e) {
      throw new StoreException("The stored bytes of the source of publication " + id
          + " are damaged: " + e.getMessage(), e);
    }
  }
}
