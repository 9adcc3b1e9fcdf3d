package org.crosscheck.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a batch on stderr: a bar redrawn in place when stderr is a terminal, else a plain line every few
 * seconds (for logs), and a closing line either way. Stories done, articles per second and the time left, estimated
 * from the bytes still to read at the rate so far.
 */
public class BatchProgress {

    private final PrintWriter err;
    private final boolean bar;
    private final long intervalMillis;
    private ScheduledExecutorService ticker;
    private long startNanos;
    private int stories;
    private long totalBytes;
    private int storiesDone;
    private long articlesDone;
    private long bytesDone;
    private int lastWidth;

    /**
     * @param err            where to write
     * @param bar            redraw a bar in place (a terminal) instead of printing lines
     * @param intervalMillis how often to redraw or print
     */
    public BatchProgress(PrintWriter err, boolean bar, long intervalMillis) {
        this.err = err;
        this.bar = bar;
        this.intervalMillis = intervalMillis;
    }

    /** A bar every quarter second on a terminal, else a line every five seconds. */
    public static BatchProgress forStderr(PrintWriter err) {
        boolean terminal = stderrIsTerminal();
        return new BatchProgress(err, terminal, terminal ? 250 : 5000);
    }

    /** No output at all (for callers that report otherwise). */
    public static BatchProgress silent() {
        return new BatchProgress(null, false, 0) {
            @Override
            synchronized void started(int stories, long totalBytes) {}

            @Override
            synchronized void storyDone(int articles, long bytes) {}

            @Override
            void finished() {}
        };
    }

    /**
     * Java 17 has no isatty for stderr ({@code System.console()} answers for stdin and stdout, and the summary on
     * stdout is often redirected): on Linux fd 2 links to a terminal device; elsewhere fall back to the console.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: the console check below
        }
        return System.console() != null;
    }

    synchronized void started(int stories, long totalBytes) {
        this.stories = stories;
        this.totalBytes = totalBytes;
        this.startNanos = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::show, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    synchronized void storyDone(int articles, long bytes) {
        storiesDone++;
        articlesDone += articles;
        bytesDone += bytes;
    }

    void finished() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        synchronized (this) {
            double secs = seconds();
            if (bar) {
                clear();
            }
            err.printf(Locale.ROOT, "crosscheck: checked %d %s (%d articles) in %.1f s, %.0f articles/s%n", storiesDone,
                    storiesDone == 1 ? "story" : "stories", articlesDone, secs, secs > 0 ? articlesDone / secs : 0);
            err.flush();
        }
    }

    private synchronized void show() {
        String status = status();
        if (bar) {
            int width = 24;
            int filled = stories == 0 ? width : (int) ((long) width * storiesDone / stories);
            String line = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + status;
            clear();
            err.print(line);
            lastWidth = line.length();
        } else {
            err.println("crosscheck: " + status);
        }
        err.flush();
    }

    private void clear() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    /** e.g. "12/100 stories, 3,400 articles, 340 articles/s, about 42 s left". */
    String status() {
        double secs = seconds();
        String left;
        if (bytesDone == 0 || secs <= 0) {
            left = "time left not known yet";
        } else {
            double remaining = (totalBytes - bytesDone) / (bytesDone / secs);
            left = "about " + duration(remaining) + " left";
        }
        return String.format(Locale.ROOT, "%d/%d stories, %d articles, %.0f articles/s, %s", storiesDone, stories,
                articlesDone, secs > 0 ? articlesDone / secs : 0, left);
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
