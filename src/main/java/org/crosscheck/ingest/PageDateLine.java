package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a page states in its own first lines ("Published 2 May 2024", "Updated 2024-09-18 18:40 ET",
 * "Posted: Sept. 18, 2024"), for an article whose manifest and metadata give none: without one, "Sept. 18" and
 * "on Wednesday" cannot be read as days at all.
 */
final class PageDateLine {

    /** How many of the first lines a page's date line may stand in. */
    private static final int HEAD_LINES = 8;
    private static final String MONTH = "(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern LINE = Pattern.compile("(?i)^\\s*(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|date|filed)"
            + "\\b\\s*(?:on\\s*)?:?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?"
            + "(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|" + MONTH + "\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+"
            + MONTH.replace("mon", "mon2") + "\\s+(?<y2>\\d{4}))");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PageDateLine() {
    }

    /** The date of the first date line among the text's first lines, or null. */
    static LocalDate in(String text) {
        String[] lines = text.split("\n", HEAD_LINES + 1);
        for (int i = 0; i < Math.min(HEAD_LINES, lines.length); i++) {
            Matcher m = LINE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            try {
                if (m.group("iso") != null) {
                    return LocalDate.parse(m.group("iso"));
                }
                boolean first = m.group("mon") != null;
                int month = MONTHS.get((first ? m.group("mon") : m.group("mon2")).toLowerCase(Locale.ROOT));
                return LocalDate.of(Integer.parseInt(first ? m.group("y1") : m.group("y2")), month,
                        Integer.parseInt(first ? m.group("d1") : m.group("d2")));
            } catch (DateTimeException | NumberFormatException e) {
                return null; // "Published 31 February 2024": no date, as if the line said none
            }
        }
        return null;
    }
}
