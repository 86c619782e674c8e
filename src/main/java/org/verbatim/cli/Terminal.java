package org.verbatim.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal, for progress bars and highlighting. */
final class Terminal {

  private Terminal() {}

  /**
   * True when stdout is a terminal. From JDK 22 {@link System#console()} is not null even when
   * output is redirected, and {@code Console.isTerminal()} (JDK 22+) tells the two apart; we build
   * for JDK 21, so it is looked up by name and, when absent, a console means a terminal as it did.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Console.isTerminal() failed: " + e, e);
    }
  }
}
