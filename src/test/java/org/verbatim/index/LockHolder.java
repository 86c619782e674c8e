package org.verbatim.index;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a separate JVM by {@link EmbeddedIndexTest}: holds an index's lock file the way a running
 * Verbatim process does, says "locked", and lets go when its standard input closes.
 */
public final class LockHolder {

  public static void main(String[] args) throws Exception {
    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      if (channel.tryLock() == null) {
        throw new IllegalStateException("Could not lock " + args[0]);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
          .getBytes(StandardCharsets.UTF_8)));
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}
