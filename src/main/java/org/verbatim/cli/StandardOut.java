package org.verbatim.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output (or error) as commands write it: text in UTF-8 whatever the
 * platform's locale (JSON is UTF-8, and a C locale would print '?' for Cyrillic), buffered; and
 * for a command that makes its own UTF-8 bytes ({@code parse --json}, whose JSON generator
 * encodes as it escapes, a pass the text writer's encoder would repeat) the same stream, in
 * order after the text written before:
 *
 * <pre>{@code
 * StandardOut out = StandardOut.of(new FileOutputStream(FileDescriptor.out));
 * out.println("text");
 * out.bytes().write(json);  // after "text"
 * out.flush();              // at exit: both reach the stream
 * }</pre>
 */
final class StandardOut extends PrintWriter {

  private final OutputStream bytes;

  private StandardOut(BufferedOutputStream bytes) {
    super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16),
        false);
    this.bytes = bytes;
  }

  static StandardOut of(OutputStream stream) {
    return new StandardOut(new BufferedOutputStream(stream, 1 << 16));
  }

  /** The byte stream under the text, with the text written so far flushed into it. */
  OutputStream bytes() {
    flush();
    return bytes;
  }
}
