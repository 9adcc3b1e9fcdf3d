package org.crosscheck.timeml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.crosscheck.extract.time.TemporalTagger;
import org.crosscheck.extract.time.Timex;

/**
 * Re-annotates TimeML documents (TempEval-3 style) with the TIMEX3 tags that {@link TemporalTagger} finds,
 * so the tagger can be scored against gold annotations.
 */
public final class TimeMlConverter {

    /** What a conversion run processed: files, words of TEXT content, wall-clock seconds. */
    public record Summary(int files, long words, double seconds) {
        public double wordsPerSecond() {
            return seconds <= 0 ? 0 : words / seconds;
        }
    }

    /** A converted document plus the number of words in its TEXT. */
    record Converted(String document, long words) {
    }

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?\\bvalue=\"([0-9]{4}-[0-9]{2}-[0-9]{2})");
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");

    private TimeMlConverter() {
    }

    /** Converts every {@code .tml} file in {@code inDir} into a file of the same name in {@code outDir}. */
    public static Summary convert(Path inDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(inDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().forEach(files::add);
        }
        TemporalTagger tagger = new TemporalTagger();
        long words = 0;
        long t0 = System.nanoTime();
        for (Path in : files) {
            String raw = Files.readString(in, StandardCharsets.UTF_8);
            Converted c = convertDocument(raw, tagger);
            words += c.words();
            Files.writeString(outDir.resolve(in.getFileName().toString()), c.document(), StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Summary(files.size(), words, seconds);
    }

    /** Strips the annotation tags inside TEXT and writes the tagger's TIMEX3 tags in their place. */
    static Converted convertDocument(String raw, TemporalTagger tagger) {
        Matcher tm = TEXT.matcher(raw);
        if (!tm.find()) return new Converted(raw, 0);
        LocalDate dct = null;
        Matcher dm = DCT.matcher(raw);
        if (dm.find()) {
            try {
                dct = LocalDate.parse(dm.group(1));
            } catch (DateTimeParseException e) {
                dct = null; // an impossible DCT leaves relative expressions unresolved
            }
        }
        StrippedText body = StrippedText.of(tm.group(1));
        List<Timex> found = tagger.tag(body.plain(), dct);
        StringBuilder out = new StringBuilder(raw.length() + found.size() * 80);
        out.append(raw, 0, tm.start(1));
        String escaped = body.escaped();
        int at = 0;
        int tid = 1;
        for (Timex whole : found) {
            for (Tag t : tagsFor(whole)) {
                int s = body.escapedOffset(t.start());
                int e = body.escapedOffset(t.end());
                if (s < at || e <= s) continue;
                out.append(escaped, at, s);
                out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type())
                        .append("\" value=\"").append(attribute(t.value())).append('"');
                if (t.mod() != null) out.append(" mod=\"").append(attribute(t.mod())).append('"');
                out.append('>').append(escaped, s, e).append("</TIMEX3>");
                at = e;
            }
        }
        out.append(escaped, at, escaped.length());
        out.append(raw, tm.end(1), raw.length());
        return new Converted(out.toString(), countWords(body.plain()));
    }

    /** One TIMEX3 tag to write, in plain-text offsets. */
    record Tag(int start, int end, String type, String value, String mod) {
    }

    private static final Pattern RANGE_PARTS = Pattern.compile(
            "^(?:(?:from|between)\\s+)?(?<a>.+?)(?:\\s*[-\u2013\u2014]\\s*|\\s+(?:to|through|until|till|and)\\s+)(?<b>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * TimeBank annotates "from October 24 to 27" as two dates ("October 24", "27"), while the tagger returns the
     * range as one expression; split it here so the file follows the corpus convention.
     */
    static List<Tag> tagsFor(Timex t) {
        boolean dayRange = t.value().length() == 10; // "1990-91" stays one tag: its ends are years, not days
        if (t.range() && dayRange && t.first() != null && t.last() != null) {
            Matcher m = RANGE_PARTS.matcher(t.text());
            if (m.matches()) {
                return List.of(
                        new Tag(t.start() + m.start("a"), t.start() + m.end("a"), t.type().name(), day(t.first()), null),
                        new Tag(t.start() + m.start("b"), t.start() + m.end("b"), t.type().name(), day(t.last()), null));
            }
        }
        return List.of(new Tag(t.start(), t.end(), t.type().name(), t.value(), t.mod()));
    }

    private static String day(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String attribute(String v) {
        return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static long countWords(String s) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    /**
     * TEXT content without tags, in two forms: {@code escaped} keeps entities exactly as written (for output),
     * {@code plain} decodes them (for the tagger); {@code offsets[i]} is where plain char i starts in escaped.
     */
    record StrippedText(String plain, String escaped, int[] offsets) {

        static StrippedText of(String body) {
            StringBuilder escaped = new StringBuilder(body.length());
            StringBuilder plain = new StringBuilder(body.length());
            int[] offsets = new int[body.length() + 1];
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '<') {
                    int close = body.indexOf('>', i);
                    if (close < 0) close = body.length() - 1;
                    i = close + 1;
                    continue;
                }
                if (c == '&') {
                    Matcher em = ENTITY.matcher(body).region(i, body.length());
                    if (em.lookingAt()) {
                        String decoded = decode(em);
                        for (int k = 0; k < decoded.length(); k++) {
                            offsets[plain.length()] = escaped.length();
                            plain.append(decoded.charAt(k));
                        }
                        escaped.append(body, i, em.end());
                        i = em.end();
                        continue;
                    }
                }
                offsets[plain.length()] = escaped.length();
                plain.append(c);
                escaped.append(c);
                i++;
            }
            offsets[plain.length()] = escaped.length();
            int[] trimmed = java.util.Arrays.copyOf(offsets, plain.length() + 1);
            return new StrippedText(plain.toString(), escaped.toString(), trimmed);
        }

        int escapedOffset(int plainIndex) {
            return offsets[plainIndex];
        }

        private static String decode(Matcher em) {
            if (em.group(3) != null) {
                return switch (em.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            int cp = em.group(1) != null ? Integer.parseInt(em.group(1)) : Integer.parseInt(em.group(2), 16);
            if (!Character.isValidCodePoint(cp)) return em.group();
            return new String(Character.toChars(cp));
        }
    }

    /**
     * Usage: TimeMlConverter IN_DIR OUT_DIR [--repeat N]. With --repeat the conversion runs N times and each run's
     * throughput is printed, so a warmed-up JVM's speed can be told apart from the first, JIT-compiling run.
     */
    public static void main(String[] args) throws IOException {
        int repeat = 1;
        if (args.length == 4 && args[2].equals("--repeat")) {
            repeat = Integer.parseInt(args[3]);
        } else if (args.length != 2) {
            System.err.println("usage: TimeMlConverter IN_DIR OUT_DIR [--repeat N]");
            System.exit(2);
        }
        for (int i = 0; i < repeat; i++) {
            Summary s = convert(Path.of(args[0]), Path.of(args[1]));
            System.out.printf("%d files, %d words, %.3f s, %.0f words/s%n", s.files(), s.words(), s.seconds(), s.wordsPerSecond());
        }
    }
}
