package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules live when --rules is not given: beside the launcher, else ./rules. */
final class Rules {

    private Rules() {}

    static Path defaultFolder() {
        String home = System.getProperty("crosscheck.home", System.getenv("CROSSCHECK_HOME"));
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return Path.of("rules");
    }
}
