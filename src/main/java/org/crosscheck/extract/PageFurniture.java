package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a scraped page that are about the page, not the story: datelines and bylines at the top
 * ("Published 18 Sep 2024, 17:05 ET", "By Jane Doe | June 6, 2024", "date 2024-05-02", "Updated 9:15 PM"), a line
 * that is nothing but a date, and captions, credits and "Related:" links anywhere. Their dates and times are when the
 * page was written or changed, not when anything in the story happened, so they yield no claims.
 */
public final class PageFurniture {

    /** How many lines from the top a dateline or byline can be. */
    private static final int HEAD_LINES = 8;
    private static final Pattern HEAD = Pattern.compile("^\\s*(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|"
            + "last\\s+modified|date(?:d|\\s+of\\s+(?:distribution|publication|issue))?|filed|created|written)\\b\\s*:?"
            + "|by\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s*(?:\\||·|,|$|and\\b)"
            + "|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+\\d{1,2}\\s+[a-z]+\\s+\\d{4}\\s*(?:\\||·|-|–|—|$)"
            + "|\\d{1,2}\\s+[a-z]{3,9}\\s+\\d{4},?\\s+\\d{1,2}[:.]\\d{2}"
            + "|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2})?\\s*$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANYWHERE = Pattern.compile("^\\s*(?:related|read more|see also|photo|image|caption|credit|"
            + "picture|video|watch|listen|copyright|©)\\b\\s*[:|—-]", Pattern.CASE_INSENSITIVE);
    /** A line that is only a date, a time, a place and separators. */
    private static final Pattern ONLY_DATE = Pattern.compile("^[\\s\\p{Punct}·|–—]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?"
            + "(?:\\d{1,2}\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:[\\s,|·–—-]+(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?-i:[A-Z]{0,5})|(?-i:[A-Z][a-z]+))){0,3}[\\s.]*$", Pattern.CASE_INSENSITIVE);

    private PageFurniture() {}

    /** The spans of the furniture lines of {@code text}, in order. */
    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int line = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String l = text.substring(start, end);
            if (!l.isBlank()) {
                line++;
                boolean head = line <= HEAD_LINES && l.length() <= 160 && (HEAD.matcher(l).find() || ONLY_DATE.matcher(l).matches());
                if (head || ANYWHERE.matcher(l).find() && l.length() <= 240) {
                    out.add(new Span(start, end));
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** True when [start, end) lies in one of the spans. */
    public static boolean inside(List<Span> furniture, int start, int end) {
        for (Span s : furniture) {
            if (start >= s.start() && end <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
