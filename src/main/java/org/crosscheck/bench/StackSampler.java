package org.crosscheck.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poor man's profiler: samples one thread's stack at a fixed interval and counts, per sample, the innermost
 * crosscheck method and the innermost frame. Enough to see which method a stage spends its time in.
 */
final class StackSampler implements AutoCloseable {

    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> own = new HashMap<>();
    private final Map<String, Integer> top = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    StackSampler(Thread target, long intervalMillis) {
        this.target = target;
        this.sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample() {
        StackTraceElement[] stack = target.getStackTrace();
        if (stack.length == 0) {
            return;
        }
        samples++;
        top.merge(frame(stack[0]), 1, Integer::sum);
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.crosscheck") && !e.getClassName().startsWith("org.crosscheck.bench")) {
                own.merge(frame(e), 1, Integer::sum);
                break;
            }
        }
    }

    private static String frame(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
    }

    /** The heaviest {@code n} entries of both counts, as text lines with their share of the samples. */
    synchronized List<String> report(int n) {
        List<String> out = new java.util.ArrayList<>();
        out.add("samples " + samples + "; innermost crosscheck frame:");
        append(own, n, out);
        out.add("innermost frame:");
        append(top, n, out);
        return out;
    }

    private void append(Map<String, Integer> counts, int n, List<String> out) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> out.add(String.format(java.util.Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / samples, e.getKey())));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
