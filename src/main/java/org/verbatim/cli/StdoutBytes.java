package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The command line's stdout for a command that writes UTF-8 bytes: the process's own byte stream
 * when stdout is a {@link StandardOut}, else (a test's writer) the bytes decoded into the writer.
 * Closing it flushes and leaves stdout open: it is the command line's.
 */
final class StdoutBytes {

  private StdoutBytes() {}

  static OutputStream of(PrintWriter stdout) {
    if (stdout instanceof StandardOut standard) {
      return new FilterOutputStream(standard.bytes()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return new Decoding(stdout);
  }

  /** UTF-8 bytes decoded into a writer; a character split between writes is kept until whole. */
  private static final class Decoding extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Decoding(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      int at = off;
      while (at < off + len) {
        int n = Math.min(pending.remaining(), off + len - at);
        pending.put(b, at, n);
        at += n;
        pending.flip();
        CoderResult result;
        do { // overflow: the chars are full, write them and go on
          result = decoder.decode(pending, chars, false);
          chars.flip();
          out.append(chars);
          chars.clear();
        } while (result.isOverflow());
        pending.compact();
      }
    }

    @Override
    public void close() {
      pending.flip();
      decoder.decode(pending, chars, true);
      decoder.flush(chars);
      chars.flip();
      out.append(chars);
      out.flush();
    }
  }
}
