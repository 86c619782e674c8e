package org.verbatim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a JVM of its own. */
final class ChildJvm {

  private ChildJvm() {}

  static Process start(Class<?> main, String... args) throws IOException {
    return builder(main, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Like {@link #start}, with the child's standard error merged into its standard output. */
  static Process startMerged(Class<?> main, String... args) throws IOException {
    return builder(main, args).redirectErrorStream(true).start();
  }

  /** Like {@link #startMerged}, with a heap of {@code heap} ({@code 192m}) at most. */
  static Process startMerged(String heap, Class<?> main, String... args) throws IOException {
    return builder(heap, main, args).redirectErrorStream(true).start();
  }

  private static ProcessBuilder builder(Class<?> main, String... args) {
    return builder("512m", main, args);
  }

  private static ProcessBuilder builder(String heap, Class<?> main, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap,
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
