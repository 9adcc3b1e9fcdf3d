package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that runs the rules shares: which rules folder, and stack traces on internal errors. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rules (default: the rules folder beside the tool).")
    Path rules;

    /** Read by {@link Main}'s error handler from the command line; declared here so every command accepts it. */
    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** The --rules folder, else the rules beside the launcher, else ./rules. */
    Path folder() {
        if (rules != null) {
            return rules;
        }
        String home = System.getProperty("crosscheck.home", System.getenv("CROSSCHECK_HOME"));
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return Path.of("rules");
    }
}
