package org.verbatim.web;

import io.helidon.logging.common.spi.LoggingProvider;

/**
 * Helidon's logging set-up hook. Verbatim's logging is already set up (logback behind SLF4J, with
 * the JUL and log4j bridges), so there is nothing to configure; without a provider Helidon prints
 * "There is no Helidon logging implementation on classpath" to standard output at every start.
 * Registered in {@code META-INF/services}.
 */
public final class QuietLogging implements LoggingProvider {

  @Override
  public void initialization() {
    // logging is configured by logback.xml; nothing to do at initialisation
  }

  @Override
  public void runTime() {
    // nor at run time
  }
}
