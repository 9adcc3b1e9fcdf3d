package org.crosscheck.extract.time;

import java.util.Locale;
import java.util.Map;

/** Reads the small counts that appear in temporal expressions: digits, "two", "twenty-four", "a", "a couple of". */
final class NumberWords {
    /** Regex alternation for one count; bounded, so it cannot backtrack catastrophically. */
    static final String PATTERN =
            "(?:\\d{1,4}(?:\\.\\d{1,2})?"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|a\\s+hundred|one\\s+hundred|hundreds\\s+of|a\\s+dozen|dozens\\s+of"
            + "|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|several|few|many|some|an?)";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("hundred", 100));

    private NumberWords() {
    }

    /** The count, or null when it is vague ("several", "a few"), which TimeML writes as X. */
    static Double parse(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (w.isEmpty()) return null;
        if (Character.isDigit(w.charAt(0))) {
            try {
                return Double.parseDouble(w);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (w.contains("couple")) return 2.0;
        if (w.equals("a dozen")) return 12.0;
        if (w.equals("a hundred") || w.equals("one hundred")) return 100.0;
        String[] parts = w.split("[- ]");
        Integer tens = UNITS.get(parts[0]);
        if (tens == null) return null;
        if (parts.length == 2) {
            Integer unit = UNITS.get(parts[1]);
            return unit == null ? null : (double) (tens + unit);
        }
        return parts.length == 1 ? (double) tens : null;
    }
}
