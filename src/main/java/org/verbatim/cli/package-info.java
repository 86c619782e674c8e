/**
 * The command line: {@link org.verbatim.cli.Main} and one class per subcommand. Errors become one
 * line on stderr and an exit code (0 all well, 1 some input failed, 2 bad usage); stack traces
 * only with {@code --verbose}.
 */
package org.verbatim.cli;
