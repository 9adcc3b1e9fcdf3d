package org.crosscheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.baseline.Baseline;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.AtomicFile;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.Report;

/**
 * The work {@code check --stories} does with each story's report: applies the story's own {@code baseline.json}
 * when it has one, renders the report and writes it atomically to {@code OUT/stories/NAME.EXT}.
 */
public final class StoryReports implements StoryBatch.StoryWork<StoryReports.Written> {

    /** Folder below the output folder that holds one report per story (the summary files sit beside it). */
    public static final String FOLDER = "stories";

    /**
     * What was written for one story, for the summary.
     *
     * @param report   the report file, relative to the output folder, with '/' separators
     * @param claims   claims extracted
     * @param errors   findings of severity error, likewise {@code warnings} and {@code infos} (accepted ones excluded)
     * @param accepted findings a baseline accepts
     * @param notes    input warnings and rule problems the report lists
     * @param exitCode what {@code check STORY} would have exited with: 1 when a finding reaches --fail-on, else 0
     */
    public record Written(String report, int claims, int errors, int warnings, int infos, int accepted, int notes, int exitCode) {
        public int findings() {
            return errors + warnings + infos;
        }
    }

    private final Path output;
    private final Renderer renderer;
    private final String extension;
    private final Severity failOn;

    /**
     * @param output    the batch's output folder
     * @param renderer  the report format
     * @param extension file extension for that format, without the dot
     * @param failOn    the severity at which a story exits 1, null for never
     */
    public StoryReports(Path output, Renderer renderer, String extension, Severity failOn) {
        this.output = output;
        this.renderer = renderer;
        this.extension = extension;
        this.failOn = failOn;
    }

    /** Where a story's report goes, relative to the output folder. */
    public String reportPath(Story story) {
        return FOLDER + "/" + story.name() + "." + extension;
    }

    @Override
    public Written apply(Story story, Report report) throws IOException, InputException {
        Path baselineFile = story.folder().resolve("baseline.json");
        if (Files.isRegularFile(baselineFile)) {
            report = Baseline.read(baselineFile).apply(report);
        }
        String relative = reportPath(story);
        Path target = output.resolve(relative);
        Files.createDirectories(target.getParent());
        try {
            AtomicFile.write(target, renderer.render(report));
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + relative + ": " + e.getMessage(), e);
        }
        int exit = failOn != null && report.countAtLeast(failOn) > 0 ? 1 : 0;
        return new Written(relative, report.claims().size(), count(report, Severity.ERROR), count(report, Severity.WARNING),
                count(report, Severity.INFO), report.accepted().size(), report.warnings().size() + report.problems().size(), exit);
    }

    private static int count(Report r, Severity s) {
        return (int) r.findings().stream().filter(f -> f.severity() == s).count();
    }
}
