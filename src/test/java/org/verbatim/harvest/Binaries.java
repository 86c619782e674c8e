package org.verbatim.harvest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** The non-HTML bodies of a {@link LoopbackSite}: a small PDF and a one-pixel PNG. */
final class Binaries {

  private Binaries() {}

  /** A one-page PDF with no text, binary from its second line as PDF writers make it. */
  static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    out.writeBytes(("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A valid PNG of one grey pixel. */
  static byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    // Width 1, height 1, 8-bit greyscale, default compression, filter and interlace.
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8)
        .put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[] {0, (byte) 0x80}); // filter type none, one grey pixel
    deflater.finish();
    byte[] packed = new byte[64];
    int length = deflater.deflate(packed);
    deflater.end();
    chunk(out, "IDAT", Arrays.copyOf(packed, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
