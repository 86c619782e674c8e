package org.verbatim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

  @Test
  void gives_the_innermost_message_not_the_wrappers() {
    Exception wrapped = new IllegalStateException("Could not open the index",
        new UncheckedIOException("I/O", new ConnectException("Connection refused")));

    assertThat(RootCause.message(wrapped)).isEqualTo("Connection refused");
  }

  @Test
  void keeps_the_first_non_blank_line_of_a_long_message() {
    Exception sql = new IOException("\n  ERROR: relation \"x\" does not exist  \n  Position: 15");

    assertThat(RootCause.message(new RuntimeException(sql)))
        .isEqualTo("ERROR: relation \"x\" does not exist");
  }

  @Test
  void names_the_class_of_a_cause_without_a_message() {
    assertThat(RootCause.message(new RuntimeException("outer", new NullPointerException())))
        .isEqualTo("java.lang.NullPointerException");
  }

  @Test
  void stops_on_a_cause_cycle() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);

    assertThat(RootCause.message(b)).isIn("a", "b");
  }
}
