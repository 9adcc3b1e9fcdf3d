package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.timeml.TimeMlConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crosscheck timeml}: tags TimeML documents with the same temporal engine the check uses. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
        description = "Tag the temporal expressions of the .tml files in IN_DIR and write them to OUT_DIR as TIMEX3.")
final class TimeMlCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder of TimeML (.tml) documents.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder to write the tagged documents to (created if missing).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(in)) {
            spec.commandLine().getErr().println("crosscheck: " + in + ": not a folder of .tml files");
            return Main.INPUT_ERROR;
        }
        try {
            TimeMlConverter.Summary s = TimeMlConverter.convert(in, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "%d files, %d words in %.2f s (%,.0f words/s)%n",
                    s.files(), s.words(), s.seconds(), s.seconds() > 0 ? s.words() / s.seconds() : 0.0);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }
}
