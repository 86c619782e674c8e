package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void refuses_a_port_out_of_range_before_opening_the_archive() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path archive = dir.resolve("archive");
    int code = Main.run(new PrintWriter(out), new PrintWriter(err),
        "serve", "--archive", archive.toString(), "--port", "70000");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("--port must be from 0 to 65535: 70000");
    assertThat(Files.exists(archive)).isFalse();
  }
}
