package org.crosscheck.origin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the credits an article gives other outlets: a dateline credit ("GENEVA (AP) —"), citing words before a
 * name ("according to", "citing", "with inputs from", "includes reporting from", "compiled from", "carried by") or after it
 * ("Reuters reported", "AFP contributed to this report"), and credits to the wires that name none ("with agency
 * inputs", "according to wire reports"). Photo credits name who took a picture, not where the story came from.
 */
final class Attributions {

    /** An outlet's name: capitalised words or initials, "of" and "de" inside ("Press Trust of India"). */
    private static final String NAME_BODY = "[A-Z][\\p{L}\\d&.'’-]*(?:\\s+(?:(?:of|de|du|the)\\s+)?[A-Z][\\p{L}\\d&.'’-]*){0,4}";
    private static final String NAME = "(" + NAME_BODY + ")";

    /** Names credited together: "compiled from Reuters, AP and AFP reports". */
    private static final String NAMES = "(" + NAME_BODY + "(?:\\s*(?:,|and|&)\\s*" + NAME_BODY + ")*)";

    /** Citing words that credit a fact: reporters write them of officials and data as much as of outlets. */
    private static final Pattern FACT_BEFORE_NAME = Pattern.compile("(?:\\b[Aa]ccording to|\\b[Cc]iting|\\b[Ss]ource:)\\s*(?:(?:the|a|an)\\s+)?" + NAMES);

    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(?:\\b[Cc]ompiled from|\\b[Aa]dapted from|\\b[Tt]aken from|\\b[Dd]rawn from|\\b(?:[Rr]eports?|[Rr]eporting|[Ii]nputs)\\s*\\(|\\b[Ii]nputs from|\\b[Rr]eporting (?:from|by)|\\b(?:[Cc]arried|[Dd]istributed|[Ss]upplied|[Pp]rovided) by"
            + "|\\b(?:[Oo]riginally )?(?:[Pp]ublished|[Aa]ppeared) (?:by|in|on)|\\b[Cc]ourtesy of)\\s*(?:(?:the|a|an)\\s+)?" + NAMES);

    /** "Reuters reported": a fact credit, since companies and officials report too. Found by its verb, then the name before it. */
    private static final Pattern FACT_AFTER_CUE = Pattern.compile("\\s+(?:reported|reports|first reported|said in a report)\\b");
    /** "AFP contributed to this report": a story credit. */
    private static final Pattern STORY_AFTER_CUE = Pattern.compile("\\s+contributed to this (?:report|story|article)\\b");
    private static final Pattern NAME_BEFORE_CUE = Pattern.compile(NAME + "(?:\\s+(?:news agency|newswire|wire service))?$");

    /** The credit in a dateline: "LONDON, Oct 13 (Reuters) -", "GENEVA (AP) —". */
    private static final Pattern DATELINE = Pattern.compile("\\(" + NAME + "\\)\\s*[-—–]");

    private static final Pattern GENERIC = Pattern.compile(
            "(?i)\\b(?:(?:according to|citing|from|with|based on)\\s+(?:the\\s+|a\\s+)?(?:wire services?|wires|wire reports?|news agency reports?|agency reports?|wire)\\b"
            + "|with (?:agency|wire|news agency) inputs|inputs from (?:agencies|news agencies|wires))");

    private static final Pattern PHOTO_LINE = Pattern.compile("(?i)\\b(?:photo|image|picture|credit|illustration|video)s?\\b");

    private Attributions() {}

    /** The credits in the text, in text order. */
    static List<Attribution> in(String text) {
        List<Attribution> out = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!PHOTO_LINE.matcher(line).find()) {
                scan(line, lineStart, out);
            }
            lineStart += line.length() + 1;
        }
        out.sort(Comparator.comparingInt(Attribution::offset));
        return out;
    }

    /** Words each kind of credit needs: a line without them skips the patterns, which are costly to try at every word. */
    private static final List<String> FACT_CUES = List.of("according to", "citing", "source:");
    private static final List<String> STORY_CUES = List.of("compiled from", "adapted from", "taken from", "drawn from", "report", "input",
            "carried by", "distributed by", "supplied by", "provided by", "published", "appeared", "courtesy of");
    private static final List<String> AFTER_CUES = List.of("report", "contributed to this");
    private static final List<String> GENERIC_CUES = List.of("wire", "agenc", "input");

    private static boolean any(String lower, List<String> cues) {
        for (String c : cues) {
            if (lower.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static void scan(String line, int at, List<Attribution> out) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (any(lower, AFTER_CUES)) {
            for (Pattern cue : List.of(FACT_AFTER_CUE, STORY_AFTER_CUE)) {
                Matcher c = cue.matcher(line);
                while (c.find()) {
                    Matcher m = NAME_BEFORE_CUE.matcher(line.substring(Math.max(0, c.start() - 80), c.start()));
                    if (m.find()) {
                        out.add(new Attribution(m.group().strip() + c.group(), trimName(m.group(1)), at + c.start() - (m.end() - m.start()),
                                cue == STORY_AFTER_CUE));
                    }
                }
            }
        }
        if (any(lower, FACT_CUES)) {
            named(FACT_BEFORE_NAME, line, at, false, out);
        }
        if (any(lower, STORY_CUES)) {
            named(BEFORE_NAME, line, at, true, out);
        }
        if (line.indexOf('(') >= 0) {
            named(DATELINE, line, at, true, out);
        }
        if (any(lower, GENERIC_CUES)) {
            Matcher g = GENERIC.matcher(line);
            while (g.find()) {
                out.add(new Attribution(g.group().strip(), "", at + g.start(), true));
            }
        }
    }

    private static void named(Pattern p, String line, int at, boolean story, List<Attribution> out) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            String names = trimName(m.group(1));
            out.add(new Attribution(m.group().strip(), names, at + m.start(), story));
            String[] each = names.split("\\s*(?:,|\\band\\b|&)\\s*");
            if (each.length > 1) {
                // "Reuters, AP and AFP": each credited, as well as the whole (a name may hold "and")
                for (String one : each) {
                    if (!one.isBlank()) {
                        out.add(new Attribution(m.group().strip(), trimName(one), at + m.start(), story));
                    }
                }
            }
        }
    }

    /** A sentence's next word can be caught up in the name: "the AP. The" is the AP. */
    private static String trimName(String name) {
        String s = name.strip();
        while (s.endsWith(".") || s.endsWith("'") || s.endsWith("’")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
