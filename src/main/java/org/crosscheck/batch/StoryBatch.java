package org.crosscheck.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;

/**
 * Checks many stories with one compiled rule set, several at a time. Each story is read and checked on its own, as
 * {@code crosscheck check STORY} would, so stories never align with each other; a story's bad input becomes that
 * story's outcome and the others still run. Outcomes come back in story-name order whatever order the work finished in.
 *
 * <p>{@code check --stories} renders and writes each report ({@link StoryReports}); {@code eval --stories} can score
 * each report against the story's gold file with the same runner.
 */
public final class StoryBatch {

    /** What to do with each story's report; runs on a worker thread, once per story. */
    @FunctionalInterface
    public interface StoryWork<T> {
        /** The result kept for the story (keep it small: a batch holds one per story). Thrown input errors fail only this story. */
        T apply(Story story, Report report) throws IOException, InputException;
    }

    /**
     * Some extractor patterns recurse once per character of a match, so each worker gets a deep stack, as the single
     * check does: only address space is reserved, memory is committed as the stack is used.
     */
    private static final long WORKER_STACK_BYTES = 1L << 30;

    private final Pipeline pipeline;
    private final int jobs;
    private final BatchProgress progress;

    /**
     * @param pipeline the compiled rules, shared by every story (a Drools knowledge base serves many sessions at once)
     * @param jobs     stories checked at the same time (at least 1)
     * @param progress told of each finished story; {@link BatchProgress#silent()} for none
     */
    public StoryBatch(Pipeline pipeline, int jobs, BatchProgress progress) {
        this.pipeline = pipeline;
        this.jobs = Math.max(1, jobs);
        this.progress = progress;
    }

    /** Checks every story and applies {@code work} to its report; returns one outcome per story, in story-name order. */
    public <T> List<StoryOutcome<T>> run(List<Story> stories, Path root, StoryWork<T> work) throws InterruptedException {
        List<Story> byName = stories.stream().sorted(Comparator.comparing(Story::name)).toList();
        // Largest first, so a big story does not start last and leave the other workers idle at the end.
        List<Story> schedule = byName.stream()
                .sorted(Comparator.comparingLong(Story::bytes).reversed().thenComparing(Story::name)).toList();
        progress.started(byName.size(), byName.stream().mapToLong(Story::bytes).sum());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, byName.size())), workers());
        try {
            java.util.Map<Story, Future<StoryOutcome<T>>> futures = new java.util.HashMap<>();
            for (Story s : schedule) {
                futures.put(s, pool.submit(() -> {
                    StoryOutcome<T> outcome = checkOne(s, root, work);
                    progress.storyDone(outcome.articles(), s.bytes());
                    return outcome;
                }));
            }
            List<StoryOutcome<T>> out = new ArrayList<>(byName.size());
            for (Story s : byName) {
                try {
                    out.add(futures.get(s).get());
                } catch (ExecutionException e) {
                    // checkOne catches everything a story can cause; what is left (out of memory) ends the batch
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
    }

    private <T> StoryOutcome<T> checkOne(Story story, Path root, StoryWork<T> work) {
        int articles = 0;
        try {
            Corpus corpus = new CorpusReader().read(List.of(story.folder()));
            articles = corpus.articles().size();
            Report report = pipeline.run(corpus);
            return new StoryOutcome<>(story, articles, work.apply(story, report), null);
        } catch (InputException e) {
            return new StoryOutcome<>(story, articles, null, relative(e.getMessage(), root));
        } catch (IOException e) {
            return new StoryOutcome<>(story, articles, null, relative(e.getMessage(), root));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug shown on this story's line, not the end of the whole batch
            return new StoryOutcome<>(story, articles, null, "internal error: " + e + " (check the story alone with --debug for the stack trace)");
        }
    }

    /**
     * Messages name files by the path the reader was given; shown relative to the root so the summary reads the same
     * wherever the root lies (the same stories give byte-identical summaries).
     */
    static String relative(String message, Path root) {
        if (message == null || root == null) {
            return message;
        }
        String prefix = root.toString().endsWith(java.io.File.separator) ? root.toString() : root + java.io.File.separator;
        return message.replace(prefix, "");
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "crosscheck-story-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
