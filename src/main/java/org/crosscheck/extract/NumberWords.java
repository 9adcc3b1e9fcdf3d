package org.crosscheck.extract;

import java.util.Map;
import java.util.regex.Pattern;

/** Reads numbers written as words ("four", "twenty-five", "a dozen") and ordinals ("fifth", "21st"). */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");

    /** Alternation of every cardinal word, longest first, for use inside larger patterns. */
    public static final String CARDINAL_REGEX = "(?:" + Alternatives.grouped(tens("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
            "(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?")
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen|a hundred|one hundred") + ")";
    /** Alternation of ordinal words and digit ordinals. */
    public static final String ORDINAL_REGEX =
            "(?:\\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth|fortieth|fiftieth|hundredth)";

    private NumberWords() {}

    /** {@code (?:twenty|thirty)S} written as {@code twentyS|thirtyS}, the same pattern, so its words can be grouped. */
    private static String tens(String words, String suffix) {
        return String.join("|", java.util.Arrays.stream(words.split("\\|")).map(w -> w + suffix).toList());
    }

    /** The value of a cardinal written in digits or words, or -1. */
    public static double cardinal(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT).strip().replace('\u2010', '-');
        if (s.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                return Double.parseDouble(s.replace(",", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (s.startsWith("a ")) {
            s = s.substring(2);
        }
        int total = 0;
        for (String part : s.split("[-\\s]+")) {
            Integer v = UNITS.get(part);
            if (v == null) {
                return -1;
            }
            total = v == 100 ? Math.max(total, 1) * 100 : total + v;
        }
        return total;
    }

    /** The value of an ordinal ("fifth", "twenty-first", "5th"), or -1. */
    public static int ordinal(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT).strip();
        var m = DIGIT_ORDINAL.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        String[] parts = s.split("[-\\s]+");
        Integer last = ORDINALS.get(parts[parts.length - 1]);
        if (last == null) {
            return -1;
        }
        if (parts.length == 1) {
            return last;
        }
        Integer tens = UNITS.get(parts[0]);
        return tens == null ? -1 : tens + last;
    }
}
