package org.verbatim.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs a bench class's {@code main} in a JVM of its own, on this JVM's class path and Java, and
 * reads back the JSON result it wrote to the file named by its first argument. Its error stream
 * goes where this one's goes.
 */
final class ChildJvm {

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ChildJvm() {}

  /** The command that starts {@code main} in a new JVM: this JVM's java and class path. */
  static List<String> command(String mainClass, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    return command;
  }

  /**
   * Runs {@code main} with {@code args} after the result file, waits at most {@code timeoutMinutes},
   * and reads the result as {@code type}.
   *
   * @throws IOException when the child fails, times out or writes no result
   */
  static <T> T run(Class<?> main, Class<T> type, Path resultFile, long timeoutMinutes,
      List<String> args) throws IOException, InterruptedException {
    return run(main, type, resultFile, timeoutMinutes, List.of(), args);
  }

  /** Like {@link #run(Class, Class, Path, long, List)}, with options for the child's JVM. */
  static <T> T run(Class<?> main, Class<T> type, Path resultFile, long timeoutMinutes,
      List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
    Files.deleteIfExists(resultFile);
    List<String> command = command(main.getName(), jvmOptions);
    command.add(resultFile.toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IOException("The bench child " + main.getSimpleName() + " " + args
          + " did not finish within " + timeoutMinutes + " minutes");
    }
    if (process.exitValue() != 0 || !Files.exists(resultFile)) {
      throw new IOException("The bench child " + main.getSimpleName() + " " + args
          + " failed with exit code " + process.exitValue() + " (its errors are above)");
    }
    return JSON.readValue(resultFile.toFile(), type);
  }

  /** Sends Lucene's java.util.logging where the rest of the logging goes (quiet by default). */
  static void routeJavaLogging() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  /** Writes a child's result; the last thing a child's main does. */
  static void write(Path resultFile, Object result) throws IOException {
    JSON.writeValue(resultFile.toFile(), result);
  }
}
